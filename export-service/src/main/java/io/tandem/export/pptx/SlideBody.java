package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.StageChart;
import io.tandem.export.layout.TableBlock;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** Draws the blocks that the pager placed on one slide. */
final class SlideBody {

    private static final double DIGEST_TITLE_FONT = 14;
    private static final double DIGEST_FONT = 12;

    private SlideBody() {
    }

    static void draw(XMLSlideShow deck, XSLFSlide slide, List<SlidePager.Placed> placed) {
        for (SlidePager.Placed item : placed) {
            draw(deck, slide, item.block(), item.top(), item.height());
        }
    }

    private static void draw(XMLSlideShow deck, XSLFSlide slide, Block block, double top, double height) {
        Rectangle2D anchor = new Rectangle2D.Double(SlideGeometry.MARGIN, SlideGeometry.BODY_TOP + top,
                SlideGeometry.BODY_WIDTH, height);
        if (block instanceof Block.Subheading subheading) {
            SlideText.paragraph(slide, anchor, subheading.text(),
                    SlideText.Style.of(BlockSizes.SUBHEADING_FONT, SlideGeometry.ACCENT).bolded());
        } else if (block instanceof Block.Text text) {
            SlideText.Style style = text.hint()
                    ? SlideText.Style.of(BlockSizes.HINT_FONT, SlideGeometry.HINT).italicized()
                    : SlideText.Style.of(BlockSizes.TEXT_FONT, java.awt.Color.BLACK);
            SlideText.paragraph(slide, anchor, text.text(), style);
        } else if (block instanceof Block.Bullets bullets) {
            SlideText.bullets(slide, anchor, bullets.items(),
                    SlideText.Style.of(BlockSizes.TEXT_FONT, java.awt.Color.BLACK));
        } else if (block instanceof Block.Facts facts) {
            SlideTables.facts(slide, facts, top);
        } else if (block instanceof TableBlock table) {
            SlideTables.items(slide, table, top);
        } else if (block instanceof StageChart chart) {
            PipelineChart.draw(deck, slide, chart, top);
        } else if (block instanceof RiskMatrix matrix) {
            SlideTables.heatMap(slide, matrix, top);
        } else if (block instanceof Block.Digest digest) {
            digest(slide, digest);
        }
    }

    /** Draws the parts of a digest in a two-by-two grid that fills the body. */
    private static void digest(XSLFSlide slide, Block.Digest digest) {
        double gap = 16;
        double width = (SlideGeometry.BODY_WIDTH - gap) / 2;
        double height = (SlideGeometry.BODY_HEIGHT - gap) / 2;
        for (int index = 0; index < digest.parts().size(); index++) {
            Block.DigestPart part = digest.parts().get(index);
            double left = SlideGeometry.MARGIN + (index % 2) * (width + gap);
            double top = SlideGeometry.BODY_TOP + (index / 2) * (height + gap);
            XSLFTextBox box = SlideText.box(slide, new Rectangle2D.Double(left, top, width, height));
            box.setFillColor(SlideGeometry.LABEL_FILL);
            SlideText.run(box.addNewTextParagraph(), part.title(),
                    SlideText.Style.of(DIGEST_TITLE_FONT, SlideGeometry.ACCENT).bolded());
            for (String line : part.lines()) {
                SlideText.bullet(box.addNewTextParagraph(), line,
                        SlideText.Style.of(DIGEST_FONT, java.awt.Color.BLACK));
            }
        }
    }
}
