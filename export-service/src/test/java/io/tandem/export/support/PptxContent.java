package io.tandem.export.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** A PPTX export parsed back with POI: each slide's title, texts, tables, charts and speaker notes. */
public final class PptxContent {

    /** One slide; {@code title} is the text of its first shape with text. */
    public record Slide(XSLFSlide slide, String title, List<String> texts, List<XSLFTable> tables,
                        List<XSLFChart> charts, String notes) {

        public String text() {
            List<String> all = new ArrayList<>(texts);
            for (XSLFTable table : tables) {
                rows(table).forEach(row -> all.add(String.join(" | ", row)));
            }
            return String.join("\n", all);
        }
    }

    private final XMLSlideShow deck;
    private final List<Slide> slides;

    private PptxContent(XMLSlideShow deck, List<Slide> slides) {
        this.deck = deck;
        this.slides = slides;
    }

    public static PptxContent parse(byte[] file) {
        try {
            XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(file));
            List<Slide> slides = new ArrayList<>();
            for (XSLFSlide slide : deck.getSlides()) {
                slides.add(slide(slide));
            }
            return new PptxContent(deck, slides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XMLSlideShow deck() {
        return deck;
    }

    public List<Slide> slides() {
        return slides;
    }

    public List<String> titles() {
        return slides.stream().map(Slide::title).toList();
    }

    /** Returns the slides whose title starts with the section heading, such as "8. Open pipeline". */
    public List<Slide> section(String heading) {
        return slides.stream().filter(slide -> slide.title().equals(heading)
                || slide.title().equals(heading + " (continued)")).toList();
    }

    public static List<List<String>> rows(XSLFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XSLFTableRow row : table.getRows()) {
            rows.add(row.getCells().stream().map(XSLFTableCell::getText).toList());
        }
        return rows;
    }

    private static Slide slide(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        List<XSLFTable> tables = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                texts.add(text.getText());
            } else if (shape instanceof XSLFTable table) {
                tables.add(table);
            }
        }
        List<XSLFChart> charts = slide.getRelations().stream().filter(XSLFChart.class::isInstance)
                .map(XSLFChart.class::cast).toList();
        String title = texts.stream().filter(text -> !text.isBlank()).findFirst().orElse("");
        return new Slide(slide, title, texts, tables, charts, notes(slide));
    }

    private static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (List<XSLFTextParagraph> paragraphs : notes.getTextParagraphs()) {
            for (XSLFTextParagraph paragraph : paragraphs) {
                lines.add(paragraph.getText());
            }
        }
        return String.join("\n", lines).trim();
    }
}
