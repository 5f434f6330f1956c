package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.SectionPage;
import io.tandem.export.layout.TitleBlock;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Renders an export as the PPTX deck for an executive review: a title slide, then each section on its own
 * slide, continued on further slides where its tables are long, every slide with speaker notes.
 */
public final class PptxRenderer {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final double TITLE_BAND_HEIGHT = 250;

    private PptxRenderer() {
    }

    /** A section's share of the deck: its pages as the pager laid them out. */
    private record SectionSlides(SectionPage section, List<List<SlidePager.Placed>> pages) {
    }

    public static byte[] render(ExportDocument export) {
        List<SectionSlides> sections = new ArrayList<>();
        int total = 1;
        for (SectionPage section : export.sections()) {
            List<List<SlidePager.Placed>> pages = SlidePager.pages(section.blocks());
            sections.add(new SectionSlides(section, pages));
            total += pages.size();
        }
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            deck.setPageSize(new Dimension(SlideGeometry.WIDTH, SlideGeometry.HEIGHT));
            properties(deck, export);
            titleSlide(deck, export);
            String footer = export.titleBlock().title() + "  \u00b7  " + asOf(export.titleBlock());
            int number = 2;
            for (SectionSlides slides : sections) {
                for (int page = 0; page < slides.pages().size(); page++) {
                    XSLFSlide slide = deck.createSlide();
                    SectionPage section = slides.section();
                    String title = page == 0 ? section.heading() : section.heading() + " (continued)";
                    SlideFrame.draw(slide, title, footer, number++, total);
                    SlideBody.draw(deck, slide, slides.pages().get(page));
                    SpeakerNotes.write(deck, slide, SlideNotes.section(section, page, slides.pages()));
                }
            }
            deck.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the PPTX in memory failed", e);
        }
    }

    private static void properties(XMLSlideShow deck, ExportDocument export) {
        POIXMLProperties.CoreProperties core = deck.getProperties().getCoreProperties();
        core.setTitle(export.titleBlock().title());
        core.setSubjectProperty(export.titleBlock().subtitle());
        core.setDescription(export.summary());
        core.setCreator("Tandem");
        deck.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Tandem");
    }

    private static void titleSlide(XMLSlideShow deck, ExportDocument export) {
        TitleBlock title = export.titleBlock();
        XSLFSlide slide = deck.createSlide();
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, SlideGeometry.WIDTH, TITLE_BAND_HEIGHT));
        band.setFillColor(SlideGeometry.ACCENT);
        band.setLineColor(SlideGeometry.ACCENT);
        SlideText.paragraph(slide, new Rectangle2D.Double(48, 56, SlideGeometry.WIDTH - 96, 100), title.title(),
                SlideText.Style.of(32, SlideGeometry.HEADER_TEXT).bolded());
        SlideText.paragraph(slide, new Rectangle2D.Double(48, 166, SlideGeometry.WIDTH - 96, 60), title.subtitle(),
                SlideText.Style.of(20, SlideGeometry.HEADER_TEXT));
        double factsTop = TITLE_BAND_HEIGHT + 16 - SlideGeometry.BODY_TOP;
        Block.Facts facts = new Block.Facts(title.facts());
        SlideTables.facts(slide, facts, factsTop);
        if (title.warning() != null) {
            double top = SlideGeometry.BODY_TOP + factsTop + SlidePager.height(facts) + 8;
            SlideText.paragraph(slide, new Rectangle2D.Double(SlideGeometry.MARGIN, top, SlideGeometry.BODY_WIDTH,
                    SlideGeometry.HEIGHT - top - 8), title.warning(),
                    SlideText.Style.of(12, SlideGeometry.WARNING).bolded());
        }
        SpeakerNotes.write(deck, slide, SlideNotes.title(export));
    }

    private static String asOf(TitleBlock title) {
        return title.facts().stream().filter(fact -> fact.label().equals("As of")).map(Block.Fact::value)
                .findFirst().orElse("");
    }
}
