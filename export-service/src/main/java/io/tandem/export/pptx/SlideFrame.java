package io.tandem.export.pptx;

import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** The frame of every content slide: the title, a rule under it, and a footer with the plan and the slide number. */
final class SlideFrame {

    private static final double TITLE_FONT = 24;
    private static final double FOOTER_FONT = 9;

    private SlideFrame() {
    }

    static void draw(XSLFSlide slide, String title, String footer, int number, int total) {
        SlideText.paragraph(slide, new Rectangle2D.Double(SlideGeometry.MARGIN, SlideGeometry.TITLE_TOP,
                SlideGeometry.BODY_WIDTH, SlideGeometry.TITLE_HEIGHT), title,
                SlideText.Style.of(TITLE_FONT, SlideGeometry.ACCENT).bolded());
        XSLFAutoShape rule = slide.createAutoShape();
        rule.setShapeType(ShapeType.RECT);
        rule.setAnchor(new Rectangle2D.Double(SlideGeometry.MARGIN, SlideGeometry.RULE_TOP, SlideGeometry.BODY_WIDTH,
                1.5));
        rule.setFillColor(SlideGeometry.RULE);
        rule.setLineColor(SlideGeometry.RULE);
        double pageWidth = 80;
        SlideText.paragraph(slide, new Rectangle2D.Double(SlideGeometry.MARGIN, SlideGeometry.FOOTER_TOP,
                SlideGeometry.BODY_WIDTH - pageWidth, 20), footer,
                SlideText.Style.of(FOOTER_FONT, SlideGeometry.MUTED));
        XSLFTextBox page = SlideText.paragraph(slide, new Rectangle2D.Double(
                SlideGeometry.WIDTH - SlideGeometry.MARGIN - pageWidth, SlideGeometry.FOOTER_TOP, pageWidth, 20),
                number + " / " + total, SlideText.Style.of(FOOTER_FONT, SlideGeometry.MUTED));
        page.getTextParagraphs().get(0).setTextAlign(TextParagraph.TextAlign.RIGHT);
    }
}
