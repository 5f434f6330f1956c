package io.tandem.plan.state;

/**
 * Metadata keys of every command and event: who made the edit, taken from the caller's token by
 * the service that accepted the request, never from the request body.
 */
public final class PlanMetadata {

    public static final String USER_ID = "user_id";
    public static final String USER_NAME = "user_name";
    public static final String ORGANIZATION = "organization";

    private PlanMetadata() {
    }
}
