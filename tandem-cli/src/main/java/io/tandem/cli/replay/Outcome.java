package io.tandem.cli.replay;

import java.util.Locale;

/** The result a scenario step expects from the write API, and the HTTP statuses that count as that result. */
enum Outcome {
    ACCEPTED("2xx"),
    CONFLICT("409"),
    FORBIDDEN("403 or 404"),
    INVALID("400");

    private final String statuses;

    Outcome(String statuses) {
        this.statuses = statuses;
    }

    boolean matches(int status) {
        return switch (this) {
            case ACCEPTED -> status >= 200 && status < 300;
            case CONFLICT -> status == 409;
            case FORBIDDEN -> status == 403 || status == 404;
            case INVALID -> status == 400;
        };
    }

    /** Returns the scenario name with its statuses, such as {@code conflict (409)}. */
    String describe() {
        return name().toLowerCase(Locale.ROOT) + " (" + statuses + ")";
    }

    /** Returns the outcome named in a scenario, or null for a name that is not an outcome. */
    static Outcome fromName(String name) {
        for (Outcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(name)) {
                return outcome;
            }
        }
        return null;
    }
}
