package io.tandem.export.pptx;

/**
 * Estimates how many lines a text takes when it wraps in a box of a given width. POI lays out no text, so
 * slides are paged on these estimates. Character widths are those of Arial as fractions of the font size,
 * rounded up, so an estimate errs towards more lines and a slide towards white space, not overflow.
 */
final class TextMeasure {

    private static final double UPPER = 0.70;
    private static final double DIGIT = 0.56;
    private static final double SPACE = 0.28;
    private static final double NARROW = 0.30;
    private static final double OTHER = 0.53;

    private TextMeasure() {
    }

    /** Returns the lines the text needs at {@code fontSize} points in a box {@code width} points wide. */
    static int lines(String text, double width, double fontSize) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, width, fontSize);
        }
        return lines;
    }

    private static int paragraphLines(String paragraph, double width, double fontSize) {
        int lines = 1;
        double line = 0;
        double space = SPACE * fontSize;
        for (String word : paragraph.split(" ")) {
            double wordWidth = width(word, fontSize);
            double needed = line == 0 ? wordWidth : line + space + wordWidth;
            if (needed <= width) {
                line = needed;
                continue;
            }
            if (line > 0) {
                lines++;
            }
            // A word wider than the box is broken over as many lines as it fills.
            while (wordWidth > width) {
                lines++;
                wordWidth -= width;
            }
            line = wordWidth;
        }
        return lines;
    }

    static double width(String text, double fontSize) {
        double width = 0;
        for (int index = 0; index < text.length(); index++) {
            width += charWidth(text.charAt(index)) * fontSize;
        }
        return width;
    }

    private static double charWidth(char c) {
        if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '@' || c == '%') {
            return UPPER;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (c == ' ') {
            return SPACE;
        }
        if (c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'r' || c == '.' || c == ',' || c == ':'
                || c == ';' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']') {
            return NARROW;
        }
        return OTHER;
    }
}
