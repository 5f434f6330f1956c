package io.tandem.support.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Helpers for services that describe JSON bodies which their controllers read or write as JSON trees,
 * where springdoc cannot infer a schema from the method signature.
 */
public final class ApiSchemas {

    private static final ObjectMapper EXAMPLES = new ObjectMapper();

    private ApiSchemas() {
    }

    /**
     * Adds the schema of a record, and of the types it refers to, to the document's components, and
     * returns a reference to it. The names are snake_case because OpenApiConfiguration registers the
     * API's JSON mapper with the swagger-core converters of the document's OpenAPI version.
     */
    public static Schema<?> ref(OpenAPI api, Class<?> type) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        ModelConverters.getInstance(api.getSpecVersion() == SpecVersion.V31).readAll(type)
                .forEach(api.getComponents()::addSchemas);
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }

    /** Returns an example whose value is the given JSON text, parsed so that it renders as JSON. */
    public static Example example(String summary, String json) {
        try {
            return new Example().summary(summary).value(EXAMPLES.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Example '" + summary + "' is not valid JSON: " + json, e);
        }
    }
}
