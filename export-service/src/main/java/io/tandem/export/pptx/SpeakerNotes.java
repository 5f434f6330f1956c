package io.tandem.export.pptx;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Writes a slide's speaker notes, one paragraph per line, into the body placeholder of its notes page. */
final class SpeakerNotes {

    private static final Set<Placeholder> KEPT = EnumSet.of(Placeholder.SLIDE_IMAGE, Placeholder.BODY);

    private SpeakerNotes() {
    }

    /**
     * Creates the notes master, which needs a slide to exist, with only the slide image and the notes body.
     * POI copies every placeholder of the master into each new notes page, and the header, date, footer and
     * page number placeholders that nothing fills made notes pages the most expensive part of a large deck.
     */
    private static void prepareMaster(XMLSlideShow deck) {
        deck.createNotesMaster();
        XSLFNotesMaster master = deck.getNotesMaster();
        for (XSLFShape shape : List.copyOf(master.getShapes())) {
            if (!(shape instanceof XSLFSimpleShape simple) || !KEPT.contains(simple.getPlaceholder())) {
                master.removeShape(shape);
            } else if (shape instanceof XSLFTextShape text) {
                // The sample text of the master ("Click to edit...") would be copied into every page, then cleared.
                text.clearText();
            }
        }
    }

    static void write(XMLSlideShow deck, XSLFSlide slide, List<String> lines) {
        if (deck.getNotesMaster() == null) {
            prepareMaster(deck);
        }
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.BODY) {
                text.clearText();
                for (String line : lines) {
                    text.addNewTextParagraph().addNewTextRun().setText(line);
                }
                return;
            }
        }
        throw new IllegalStateException("The notes page of slide " + slide.getSlideNumber()
                + " has no body placeholder");
    }
}
