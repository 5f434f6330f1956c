package io.tandem.export.layout;

/** Fill colours of the risk heat map by severity (likelihood times impact, 1 to 9): green, amber, red. */
public final class HeatColors {

    private HeatColors() {
    }

    /** Returns the fill as an RGB hex string such as {@code F4B6B6}. */
    public static String fill(int severity) {
        if (severity >= 6) {
            return "F4B6B6";
        }
        if (severity >= 3) {
            return "FFE699";
        }
        return "C6E0B4";
    }
}
