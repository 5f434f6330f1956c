package io.tandem.export.layout;

/** The marker that an own-audience export puts before every internal item. */
public final class Marks {

    public static final String INTERNAL = "[Internal]";

    private Marks() {
    }

    /** Returns the text with the internal marker in front when {@code internal} is true. */
    public static String internal(String text, boolean internal) {
        return internal ? INTERNAL + " " + text : text;
    }
}
