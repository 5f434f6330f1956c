package io.tandem.plan.error;

/**
 * A command or query broke a rule of the plan. {@code field} is the JSON path of the offending
 * input, such as {@code deal.credited_amount}, or null when no single field is at fault.
 */
public class PlanRejectedException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public PlanRejectedException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public static PlanRejectedException invalid(String field, String message) {
        return new PlanRejectedException(ErrorCode.INVALID_FIELD, field, message);
    }

    public static PlanRejectedException missing(String field) {
        return new PlanRejectedException(ErrorCode.MISSING_FIELD, field, field + " is required");
    }
}
