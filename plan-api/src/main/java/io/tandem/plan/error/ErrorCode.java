package io.tandem.plan.error;

/**
 * Stable codes for every rejection, with the HTTP status each maps to. Clients match on the code,
 * never on the message text.
 */
public enum ErrorCode {
    INVALID_FIELD(400),
    MISSING_FIELD(400),
    UNKNOWN_FIELD(400),
    WRONG_TYPE(400),
    MALFORMED_JSON(400),
    INVALID_URL(400),
    NOTHING_TO_CHANGE(400),
    CURRENCY_MISMATCH(400),
    CREDIT_ABOVE_AMOUNT(400),
    DUPLICATE_REF(400),
    DUPLICATE_REVIEW(400),
    UNKNOWN_REPORTS_TO(400),
    REPORTING_CYCLE(400),
    REPORTS_TO_INTERNAL(400),
    CONTACT_HAS_REPORTS(400),
    BASE_VERSION_AHEAD(400),
    UNAUTHENTICATED(401),
    NOT_OWNER_ORGANIZATION(403),
    FORBIDDEN(403),
    PLAN_NOT_FOUND(404),
    ITEM_NOT_FOUND(404),
    REVIEW_NOT_FOUND(404),
    CONFLICT(409),
    PLAN_EXISTS(409),
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
