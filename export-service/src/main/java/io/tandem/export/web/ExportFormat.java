package io.tandem.export.web;

import io.tandem.export.docx.DocxRenderer;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.pptx.PptxRenderer;
import java.util.function.Function;
import org.springframework.http.MediaType;

/** The file formats of an export, named by the extension in {@code /api/plans/{id}/export.{extension}}. */
enum ExportFormat {
    DOCX("docx", DocxRenderer.CONTENT_TYPE, DocxRenderer::render),
    PPTX("pptx", PptxRenderer.CONTENT_TYPE, PptxRenderer::render);

    private final String extension;
    private final MediaType contentType;
    private final Function<ExportDocument, byte[]> renderer;

    ExportFormat(String extension, String contentType, Function<ExportDocument, byte[]> renderer) {
        this.extension = extension;
        this.contentType = MediaType.parseMediaType(contentType);
        this.renderer = renderer;
    }

    String extension() {
        return extension;
    }

    MediaType contentType() {
        return contentType;
    }

    byte[] render(ExportDocument export) {
        return renderer.apply(export);
    }

    static ExportFormat fromExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        return null;
    }
}
