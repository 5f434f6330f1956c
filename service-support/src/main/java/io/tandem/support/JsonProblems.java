package io.tandem.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns Jackson's failures to read a request body into rejections that name the field. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static PlanRejectedException rejection(JsonProcessingException failure) {
        if (!(failure instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return new PlanRejectedException(ErrorCode.WRONG_TYPE, null,
                        "The request body must be a JSON object");
            }
            return new PlanRejectedException(ErrorCode.MALFORMED_JSON, null,
                    "The request body is not valid JSON: " + failure.getOriginalMessage());
        }
        String field = path(mapping);
        if (failure instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds();
            return new PlanRejectedException(ErrorCode.UNKNOWN_FIELD, field, "Unknown field " + field
                    + (known == null || known.isEmpty() ? "" : "; the fields of this part are " + known));
        }
        if (failure instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return new PlanRejectedException(ErrorCode.INVALID_FIELD, field,
                    field + " must be one of " + enumValues(invalid.getTargetType()) + ", not '" + invalid.getValue() + "'");
        }
        if (failure instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return new PlanRejectedException(ErrorCode.WRONG_TYPE, field, field + " must be a string");
        }
        if (failure instanceof InvalidFormatException invalid) {
            return new PlanRejectedException(ErrorCode.INVALID_FIELD, field,
                    field + " has an invalid value '" + invalid.getValue() + "' for "
                            + describe(invalid.getTargetType()));
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new PlanRejectedException(ErrorCode.WRONG_TYPE, field,
                    field + " must be " + describe(mismatch.getTargetType()));
        }
        return new PlanRejectedException(ErrorCode.INVALID_FIELD, field,
                field + " is invalid: " + failure.getOriginalMessage());
    }

    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> {
                    try {
                        var annotation = type.getField(((Enum<?>) constant).name())
                                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return annotation == null ? constant.toString() : annotation.value();
                    } catch (NoSuchFieldException e) {
                        return constant.toString();
                    }
                })
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date such as 2026-09-30";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-09-30T16:00:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
