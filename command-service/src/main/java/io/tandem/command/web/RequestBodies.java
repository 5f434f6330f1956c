package io.tandem.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.support.JsonProblems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads edit requests: a JSON object whose {@code base_version} (and for additions
 * {@code visibility}) sit beside the fields of the section or item being edited.
 */
@Component
class RequestBodies {

    static final String BASE_VERSION = "base_version";

    private final ObjectMapper objectMapper;

    RequestBodies(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Removes and returns {@code base_version}, which every edit of an existing plan must carry. */
    long takeBaseVersion(ObjectNode body) {
        JsonNode version = body.remove(BASE_VERSION);
        if (version == null || version.isNull()) {
            throw PlanRejectedException.missing(BASE_VERSION);
        }
        if (!version.canConvertToLong() || !version.isIntegralNumber()) {
            throw new PlanRejectedException(ErrorCode.WRONG_TYPE, BASE_VERSION,
                    BASE_VERSION + " must be a whole number: the plan version the edit is based on");
        }
        return version.asLong();
    }

    /** Removes a field and converts it to the type, or returns null when it is absent. */
    <T> T take(ObjectNode body, String field, Class<T> type) {
        JsonNode value = body.remove(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return objectMapper.treeToValue(value, type);
        } catch (JsonMappingException failure) {
            failure.prependPath(body, field);
            throw JsonProblems.rejection(failure);
        } catch (JsonProcessingException failure) {
            // The body was parsed already, so this is a value that does not fit the type, such as
            // a number beyond the range of an int, not malformed JSON.
            throw PlanRejectedException.invalid(field, field + " is invalid: " + failure.getOriginalMessage());
        }
    }

    /** Converts what is left of the body to the section or item record, rejecting unknown fields. */
    <T> T convert(ObjectNode body, Class<T> type) {
        try {
            return objectMapper.treeToValue(body, type);
        } catch (JsonProcessingException failure) {
            throw JsonProblems.rejection(failure);
        }
    }

    /** Returns the names of the fields given as JSON null: in an update they clear the field. */
    List<String> nullFields(ObjectNode body) {
        List<String> names = new ArrayList<>();
        body.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                names.add(entry.getKey());
            }
        });
        return names;
    }
}
