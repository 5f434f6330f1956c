package io.tandem.export.plan;

import java.util.Locale;

/**
 * The audience of an export. {@link #OWN} is the caller's organization and keeps its internal items, marked
 * as internal; {@link #PARTNER} is safe to hand to the other organization and contains no internal item.
 */
public enum Audience {
    OWN,
    PARTNER;

    /** Returns the audience named by a query parameter value such as {@code partner}, or null for an unknown one. */
    public static Audience fromParameter(String value) {
        for (Audience audience : values()) {
            if (audience.parameter().equals(value)) {
                return audience;
            }
        }
        return null;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
