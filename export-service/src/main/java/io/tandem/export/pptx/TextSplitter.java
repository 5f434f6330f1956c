package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph too tall for one slide into parts that each fit, between sentences where it can. */
final class TextSplitter {

    private TextSplitter() {
    }

    static List<Block.Text> split(Block.Text text) {
        if (BlockSizes.text(text) <= SlideGeometry.BODY_HEIGHT) {
            return List.of(text);
        }
        List<Block.Text> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String piece : pieces(text.text())) {
            String candidate = part.isEmpty() ? piece : part + " " + piece;
            boolean tooTall = BlockSizes.text(new Block.Text(candidate, text.hint())) > SlideGeometry.BODY_HEIGHT;
            if (!part.isEmpty() && tooTall) {
                parts.add(new Block.Text(part.toString(), text.hint()));
                part.setLength(0);
                part.append(piece);
            } else {
                part.setLength(0);
                part.append(candidate);
            }
        }
        if (!part.isEmpty()) {
            parts.add(new Block.Text(part.toString(), text.hint()));
        }
        return parts;
    }

    /** Returns the sentences of a text, and words in place of a sentence too long for a slide. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (BlockSizes.text(Block.Text.of(sentence)) <= SlideGeometry.BODY_HEIGHT / 2) {
                pieces.add(sentence);
            } else {
                pieces.addAll(List.of(sentence.split(" ")));
            }
        }
        return pieces;
    }
}
