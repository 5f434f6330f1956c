package io.tandem.export.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A DOCX export parsed back with POI and cut into its sections at each level-1 heading. */
public final class DocxContent {

    /** What one section holds: paragraphs by style, reviewer notes, and tables as rows of cell texts. */
    public record Section(String heading, List<String> paragraphs, List<String> notes, List<String> hints,
                          List<List<List<String>>> tables, List<List<List<String>>> fills, boolean pageBreakBefore) {

        public String text() {
            List<String> all = new ArrayList<>(paragraphs);
            tables.forEach(table -> table.forEach(row -> all.add(String.join(" | ", row))));
            return String.join("\n", all);
        }

        /** Returns the rows of the table whose header row starts with {@code firstHeader}. */
        public List<List<String>> table(String firstHeader) {
            return tables.stream().filter(table -> table.get(0).get(0).equals(firstHeader)).findFirst()
                    .orElseThrow(() -> new AssertionError("No table headed '" + firstHeader + "' in " + heading));
        }
    }

    private final XWPFDocument document;
    private final Map<String, Section> sections;

    private DocxContent(XWPFDocument document, Map<String, Section> sections) {
        this.document = document;
        this.sections = sections;
    }

    public static DocxContent parse(byte[] file) {
        try {
            XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
            return new DocxContent(document, split(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XWPFDocument document() {
        return document;
    }

    /** Returns the section headings in document order, the title block first as "title". */
    public List<String> headings() {
        return new ArrayList<>(sections.keySet());
    }

    public Section section(String heading) {
        Section section = sections.get(heading);
        if (section == null) {
            throw new AssertionError("No section '" + heading + "' among " + sections.keySet());
        }
        return section;
    }

    private static Map<String, Section> split(XWPFDocument document) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = newSection("title", false);
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String style = paragraph.getStyle() == null ? "" : paragraph.getStyle();
                String text = paragraph.getText();
                if (style.equals("Heading1")) {
                    sections.put(current.heading(), current);
                    current = newSection(text, paragraph.isPageBreak());
                } else if (style.equals("ReviewerNote")) {
                    if (!text.equals("For the reviewer")) {
                        current.notes().add(text.replaceFirst("^\u2022 ", ""));
                    }
                } else if (style.equals("TemplateHint")) {
                    current.hints().add(text);
                } else if (!text.isBlank()) {
                    current.paragraphs().add(text.replaceFirst("^\u2022\t", ""));
                }
            } else if (element instanceof XWPFTable table) {
                current.tables().add(cells(table));
                current.fills().add(fills(table));
            }
        }
        sections.put(current.heading(), current);
        return sections;
    }

    private static Section newSection(String heading, boolean pageBreakBefore) {
        return new Section(heading, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), pageBreakBefore);
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
        return rows;
    }

    private static List<List<String>> fills(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getColor() == null ? "" : cell.getColor()).toList());
        }
        return rows;
    }
}
