package io.tandem.export.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/** Text boxes on a slide: paragraphs and bullet lists in the deck's font, wrapping inside their box. */
final class SlideText {

    private SlideText() {
    }

    /** The look of a run of text. */
    record Style(double size, boolean bold, boolean italic, Color color) {

        static Style of(double size, Color color) {
            return new Style(size, false, false, color);
        }

        Style bolded() {
            return new Style(size, true, italic, color);
        }

        Style italicized() {
            return new Style(size, bold, true, color);
        }
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new Insets2D(BlockSizes.BOX_INSET, BlockSizes.BOX_INSET, BlockSizes.BOX_INSET,
                BlockSizes.BOX_INSET));
        box.setVerticalAlignment(VerticalAlignment.TOP);
        box.clearText();
        return box;
    }

    static XSLFTextBox paragraph(XSLFSlide slide, Rectangle2D anchor, String text, Style style) {
        XSLFTextBox box = box(slide, anchor);
        run(box.addNewTextParagraph(), text, style);
        return box;
    }

    static XSLFTextBox bullets(XSLFSlide slide, Rectangle2D anchor, List<String> items, Style style) {
        XSLFTextBox box = box(slide, anchor);
        for (String item : items) {
            bullet(box.addNewTextParagraph(), item, style);
        }
        return box;
    }

    static void bullet(XSLFTextParagraph paragraph, String text, Style style) {
        paragraph.setBullet(true);
        paragraph.setBulletCharacter("\u2022");
        paragraph.setLeftMargin(BlockSizes.BULLET_INDENT);
        paragraph.setIndent(-BlockSizes.BULLET_INDENT + 4.0);
        // A negative value counts points, a positive one per cent of a line.
        paragraph.setSpaceAfter(-BlockSizes.BULLET_SPACING);
        run(paragraph, text, style);
    }

    static XSLFTextRun run(XSLFTextParagraph paragraph, String text, Style style) {
        paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontFamily(SlideGeometry.FONT);
        run.setFontSize(style.size());
        run.setBold(style.bold());
        run.setItalic(style.italic());
        run.setFontColor(style.color());
        return run;
    }
}
