package io.tandem.export.docx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.SectionPage;
import io.tandem.export.layout.StageChart;
import io.tandem.export.layout.TableBlock;
import io.tandem.export.layout.TitleBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Renders an export as the DOCX prep document: the title block, then each section under its heading with
 * its content and the notes that prompt the reviewer. The Tier 2 summary gets a page of its own.
 */
public final class DocxRenderer {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String BULLET = "\u2022\t";

    private DocxRenderer() {
    }

    public static byte[] render(ExportDocument export) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(document);
            properties(document, export);
            titleBlock(document, export.titleBlock());
            boolean breakBefore = false;
            for (SectionPage section : export.sections()) {
                boolean ownPage = section.number().contains("-");
                section(document, section, breakBefore || ownPage);
                breakBefore = ownPage;
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the DOCX in memory failed", e);
        }
    }

    private static void properties(XWPFDocument document, ExportDocument export) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(export.titleBlock().title());
        core.setSubjectProperty(export.titleBlock().subtitle());
        core.setDescription(export.summary());
        core.setCreator("Tandem");
        document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Tandem");
    }

    private static void titleBlock(XWPFDocument document, TitleBlock title) {
        paragraph(document, DocxStyles.TITLE, title.title());
        paragraph(document, DocxStyles.SUBTITLE, title.subtitle());
        DocxTables.facts(document, new Block.Facts(title.facts()));
        if (title.warning() != null) {
            paragraph(document, DocxStyles.WARNING, title.warning());
        }
    }

    private static void section(XWPFDocument document, SectionPage section, boolean pageBreakBefore) {
        XWPFParagraph heading = paragraph(document, DocxStyles.HEADING_1, section.heading());
        heading.setPageBreak(pageBreakBefore);
        for (Block block : section.blocks()) {
            block(document, block);
        }
        if (!section.prompts().isEmpty()) {
            XWPFParagraph label = paragraph(document, DocxStyles.REVIEWER_NOTE, "For the reviewer");
            label.getRuns().get(0).setBold(true);
            label.setSpacingBefore(160);
            keepWithNext(label);
            for (int index = 0; index < section.prompts().size(); index++) {
                String prompt = section.prompts().get(index);
                XWPFParagraph note = paragraph(document, DocxStyles.REVIEWER_NOTE, "\u2022 " + prompt);
                if (index + 1 < section.prompts().size()) {
                    keepWithNext(note);
                }
            }
        }
    }

    private static void block(XWPFDocument document, Block block) {
        if (block instanceof Block.Subheading subheading) {
            paragraph(document, DocxStyles.HEADING_2, subheading.text());
        } else if (block instanceof Block.Text text) {
            paragraph(document, text.hint() ? DocxStyles.TEMPLATE_HINT : DocxStyles.NORMAL, text.text());
        } else if (block instanceof Block.Bullets bullets) {
            bullets.items().forEach(item -> paragraph(document, DocxStyles.BULLET, BULLET + item));
        } else if (block instanceof Block.Facts facts) {
            DocxTables.facts(document, facts);
        } else if (block instanceof Block.Digest digest) {
            for (Block.DigestPart part : digest.parts()) {
                paragraph(document, DocxStyles.HEADING_2, part.title());
                part.lines().forEach(line -> paragraph(document, DocxStyles.BULLET, BULLET + line));
            }
        } else if (block instanceof TableBlock table) {
            DocxTables.items(document, table);
        } else if (block instanceof StageChart chart) {
            paragraph(document, DocxStyles.HEADING_2, "Pipeline by stage");
            DocxTables.stages(document, chart);
            paragraph(document, DocxStyles.HEADING_2, "Deals");
        } else if (block instanceof RiskMatrix matrix) {
            paragraph(document, DocxStyles.HEADING_2, "Heat map: likelihood against impact");
            DocxTables.heatMap(document, matrix);
            paragraph(document, DocxStyles.HEADING_2, "Risks");
        }
    }

    /** Keeps the reviewer notes together on one page, as Word does for a heading and its first line. */
    private static void keepWithNext(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewKeepNext();
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        return paragraph;
    }
}
