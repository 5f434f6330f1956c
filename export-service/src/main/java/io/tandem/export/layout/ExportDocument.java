package io.tandem.export.layout;

import java.util.List;

/**
 * An export laid out independently of its file format. {@code summary} is a one-line description for the
 * file's properties, and {@code fileStem} the attachment name without its extension.
 */
public record ExportDocument(TitleBlock titleBlock, List<SectionPage> sections, String summary, String fileStem) {
}
