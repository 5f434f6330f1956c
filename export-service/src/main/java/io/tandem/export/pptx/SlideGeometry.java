package io.tandem.export.pptx;

import java.awt.Color;

/** The slide grid in points: a 16:9 slide of 960 by 540 with a title bar, a body area and a footer line. */
final class SlideGeometry {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    static final double MARGIN = 36;
    static final double BODY_WIDTH = WIDTH - 2 * MARGIN;
    static final double TITLE_TOP = 20;
    static final double TITLE_HEIGHT = 42;
    static final double RULE_TOP = 64;
    static final double BODY_TOP = 76;
    static final double BODY_BOTTOM = 496;
    static final double BODY_HEIGHT = BODY_BOTTOM - BODY_TOP;
    static final double FOOTER_TOP = 508;
    /** Vertical space left between two blocks on a slide. */
    static final double GAP = 8;

    static final String FONT = "Arial";
    static final Color ACCENT = new Color(0x1F, 0x38, 0x64);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color HINT = new Color(0x7F, 0x7F, 0x7F);
    static final Color RULE = new Color(0x8E, 0xA9, 0xDB);
    static final Color HEADER_TEXT = Color.WHITE;
    static final Color INTERNAL_FILL = new Color(0xFC, 0xE4, 0xD6);
    static final Color TOTALS_FILL = new Color(0xED, 0xED, 0xED);
    static final Color LABEL_FILL = new Color(0xDE, 0xEA, 0xF6);
    static final Color BORDER = new Color(0xBF, 0xBF, 0xBF);
    static final Color WARNING = new Color(0xC0, 0x00, 0x00);
    static final Color AMOUNT_BAR = new Color(0x2F, 0x54, 0x96);
    static final Color CREDITED_BAR = new Color(0xED, 0x7D, 0x31);

    private SlideGeometry() {
    }

    static Color rgb(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
