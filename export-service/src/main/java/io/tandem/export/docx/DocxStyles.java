package io.tandem.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles and page setup of the prep document. Sections are real Word headings (with outline
 * levels), so the navigation pane and a table of contents find them. Sizes are in half-points and
 * spacing in twentieths of a point, as WordprocessingML counts them.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String NORMAL = "Normal";
    static final String BULLET = "ListBullet";
    static final String REVIEWER_NOTE = "ReviewerNote";
    static final String TEMPLATE_HINT = "TemplateHint";
    static final String WARNING = "Warning";

    static final String FONT = "Arial";
    static final String ACCENT = "1F3864";

    /** A4 in twentieths of a point, with 2 cm margins. */
    private static final long PAGE_WIDTH = 11906;
    private static final long PAGE_HEIGHT = 16838;
    private static final long MARGIN = 1134;

    /** Width of the text column in twentieths of a point, for table grids. */
    static final long TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private DocxStyles() {
    }

    static void install(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(NORMAL, "Normal", null, 20, false, "000000", 0, 120));
        styles.addStyle(style(TITLE, "Title", NORMAL, 44, true, ACCENT, 0, 80));
        styles.addStyle(style(SUBTITLE, "Subtitle", NORMAL, 26, false, "595959", 0, 240));
        styles.addStyle(heading(HEADING_1, "heading 1", 0, 30, 360));
        styles.addStyle(heading(HEADING_2, "heading 2", 1, 23, 200));
        styles.addStyle(bullet());
        styles.addStyle(reviewerNote());
        XWPFStyle hint = style(TEMPLATE_HINT, "Template hint", NORMAL, 20, false, "7F7F7F", 0, 120);
        hint.getCTStyle().getRPr().addNewI();
        styles.addStyle(hint);
        styles.addStyle(style(WARNING, "Warning", NORMAL, 20, true, "C00000", 120, 240));
        pageSetup(document);
    }

    private static XWPFStyle style(String id, String name, String basedOn, int halfPoints, boolean bold, String color,
                                   int spaceBefore, int spaceAfter) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        CTSpacing spacing = style.addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(color);
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }

    private static XWPFStyle heading(String id, String name, int level, int halfPoints, int spaceBefore) {
        XWPFStyle heading = style(id, name, NORMAL, halfPoints, true, ACCENT, spaceBefore, 120);
        CTPPrGeneral paragraph = heading.getCTStyle().getPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        heading.getCTStyle().addNewNext().setVal(NORMAL);
        return heading;
    }

    private static XWPFStyle bullet() {
        XWPFStyle bullet = style(BULLET, "List Bullet", NORMAL, 20, false, "000000", 0, 60);
        var indent = bullet.getCTStyle().getPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(360));
        indent.setHanging(BigInteger.valueOf(240));
        return bullet;
    }

    private static XWPFStyle reviewerNote() {
        XWPFStyle note = style(REVIEWER_NOTE, "Reviewer note", NORMAL, 19, false, "3A3A3A", 0, 0);
        CTPPrGeneral paragraph = note.getCTStyle().getPPr();
        CTShd shading = paragraph.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setFill("FFF2CC");
        CTBorder left = paragraph.addNewPBdr().addNewLeft();
        left.setVal(STBorder.SINGLE);
        left.setSz(BigInteger.valueOf(24));
        left.setSpace(BigInteger.valueOf(6));
        left.setColor("BF9000");
        paragraph.addNewInd().setLeft(BigInteger.valueOf(160));
        paragraph.getSpacing().setAfter(BigInteger.ZERO);
        return note;
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }
}
