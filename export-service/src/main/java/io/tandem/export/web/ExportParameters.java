package io.tandem.export.web;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The validated parameters of an export request: the format from the path, the audience (default
 * {@code own}) and at most one of {@code at}, {@code version} and {@code review}. An unknown parameter is
 * rejected rather than ignored, so a misspelt {@code audience} cannot silently yield an export with
 * internal items.
 */
record ExportParameters(ExportFormat format, Audience audience, PlanPoint point) {

    static final String AUDIENCE = "audience";
    private static final List<String> POINTS = List.of(PlanPoint.AT, PlanPoint.VERSION, PlanPoint.REVIEW);
    private static final List<String> KNOWN = List.of(AUDIENCE, PlanPoint.AT, PlanPoint.VERSION, PlanPoint.REVIEW);

    static ExportParameters parse(String extension, MultiValueMap<String, String> query) {
        ExportFormat format = ExportFormat.fromExtension(extension);
        if (format == null) {
            throw PlanRejectedException.invalid("format", "Export format '" + extension
                    + "' is not supported; use export.docx or export.pptx");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw new PlanRejectedException(ErrorCode.UNKNOWN_FIELD, parameter.getKey(), "Unknown query parameter '"
                        + parameter.getKey() + "'; known parameters: " + String.join(", ", KNOWN));
            }
            if (parameter.getValue().size() > 1) {
                throw PlanRejectedException.invalid(parameter.getKey(), parameter.getKey() + " is given "
                        + parameter.getValue().size() + " times; give it once");
            }
        }
        return new ExportParameters(format, audience(query.getFirst(AUDIENCE)), point(query));
    }

    private static Audience audience(String value) {
        if (value == null) {
            return Audience.OWN;
        }
        Audience audience = Audience.fromParameter(value);
        if (audience == null) {
            throw PlanRejectedException.invalid(AUDIENCE,
                    "audience must be one of [own, partner], not '" + value + "'");
        }
        return audience;
    }

    private static PlanPoint point(MultiValueMap<String, String> query) {
        List<String> pointParameters = new ArrayList<>();
        for (String name : POINTS) {
            if (query.containsKey(name)) {
                pointParameters.add(name);
            }
        }
        if (pointParameters.isEmpty()) {
            return PlanPoint.current();
        }
        if (pointParameters.size() > 1) {
            throw PlanRejectedException.invalid(pointParameters.get(1),
                    "Give at most one of at, version and review, not " + String.join(" and ", pointParameters));
        }
        String name = pointParameters.get(0);
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            throw PlanRejectedException.invalid(name, name + " must not be empty");
        }
        if (name.equals(PlanPoint.VERSION) && !value.matches("\\d{1,18}")) {
            throw new PlanRejectedException(ErrorCode.WRONG_TYPE, name,
                    "version must be a whole number of 0 or more, not '" + value + "'");
        }
        return new PlanPoint(name, value);
    }
}
