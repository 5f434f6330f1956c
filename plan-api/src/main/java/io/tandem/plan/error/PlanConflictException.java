package io.tandem.plan.error;

/** An edit was based on a plan version older than the last change to what it touches. */
public class PlanConflictException extends PlanRejectedException {

    private final Conflict conflict;

    public PlanConflictException(String field, String message, Conflict conflict) {
        super(ErrorCode.CONFLICT, field, message);
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
