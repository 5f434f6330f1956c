package io.tandem.export.layout;

import java.util.List;

/**
 * One piece of a section's content, independent of the file format. The DOCX and PPTX renderers draw the
 * same blocks, so both files always contain the same content.
 */
public sealed interface Block permits Block.Subheading, Block.Text, Block.Bullets, Block.Facts, Block.Digest,
        TableBlock, StageChart, RiskMatrix {

    /** A heading inside a section, such as "Milestones". */
    record Subheading(String text) implements Block {
    }

    /** A paragraph; {@code hint} marks the template's text of what belongs in an empty part of the plan. */
    record Text(String text, boolean hint) implements Block {

        public static Text of(String text) {
            return new Text(text, false);
        }

        public static Text hint(String text) {
            return new Text(text, true);
        }
    }

    record Bullets(List<String> items) implements Block {
    }

    /** Labelled values, such as "Industry: Transportation and logistics". */
    record Facts(List<Fact> facts) implements Block {
    }

    record Fact(String label, String value) {
    }

    /** A short digest of several sections that must fit on one page or slide, one part per section. */
    record Digest(List<DigestPart> parts) implements Block {
    }

    record DigestPart(String title, List<String> lines) {
    }
}
