package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's status and JSON body. A body that is not JSON is kept as a text node. */
record ApiResponse(int status, JsonNode body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Returns the problem+json members worth reading ({@code code}, {@code field}, {@code detail}), or "". */
    String problem() {
        if (body == null || !body.isObject()) {
            return body == null || body.asText().isBlank() ? "" : body.asText();
        }
        StringBuilder text = new StringBuilder();
        append(text, "code");
        append(text, "field");
        append(text, "detail");
        return text.toString();
    }

    private void append(StringBuilder text, String member) {
        if (body.hasNonNull(member)) {
            text.append(text.length() == 0 ? "" : ", ").append(member).append(' ').append(body.get(member).asText());
        }
    }
}
