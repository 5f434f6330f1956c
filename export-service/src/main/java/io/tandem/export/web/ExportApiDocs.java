package io.tandem.export.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.math.BigDecimal;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes {@code GET /api/plans/{planId}/export.{extension}}. The controller takes its query parameters as
 * one map, so that it can reject unknown ones, and returns bytes, so springdoc can infer neither the
 * parameters nor the two file types.
 */
@Component
class ExportApiDocs implements OpenApiCustomizer {

    static final String PATH = "/api/plans/{planId}/export.{extension}";

    @Override
    public void customise(OpenAPI api) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(PATH);
        if (item == null || item.getGet() == null) {
            throw new IllegalStateException("The API document has no GET " + PATH
                    + "; update ExportApiDocs along with ExportController");
        }
        Operation export = item.getGet();
        export.summary("Export a plan as a DOCX prep document or a PPTX deck")
                .description("Renders the plan that query-service returns to the caller's organization, current "
                        + "or as of a point, for the caller's own organization or for the partner. Give at most "
                        + "one of at, version and review.")
                .tags(List.of("Exports"))
                .parameters(parameters());
        Content files = new Content();
        for (ExportFormat format : ExportFormat.values()) {
            files.addMediaType(format.contentType().toString(), new MediaType().schema(new BinarySchema()));
        }
        export.getResponses().get("200")
                .description("The file, with a Content-Disposition attachment name such as "
                        + "kestrel-logistics-group-fy2026-q3-qbr.docx")
                .content(files);
    }

    private static List<Parameter> parameters() {
        return List.of(
                new PathParameter().name("planId").schema(new StringSchema()),
                new PathParameter().name("extension").schema(new StringSchema()._enum(List.of("docx", "pptx")))
                        .description("The file format"),
                new QueryParameter().name(ExportParameters.AUDIENCE)
                        .schema(new StringSchema()._enum(List.of("own", "partner"))._default("own"))
                        .description("own: the caller's organization, with its internal items marked [Internal]; "
                                + "partner: safe to share, without any internal item"),
                new QueryParameter().name("at").schema(new StringSchema().format("date-time"))
                        .description("The plan after the last change at or before this ISO-8601 instant"),
                new QueryParameter().name("version").schema(new IntegerSchema().format("int64")
                        .minimum(BigDecimal.ZERO)).description("The plan at this version"),
                new QueryParameter().name("review").schema(new StringSchema())
                        .description("The plan when the review of this name was recorded, such as FY2026 Q3 QBR"));
    }
}
