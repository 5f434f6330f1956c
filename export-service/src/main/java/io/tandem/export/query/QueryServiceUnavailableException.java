package io.tandem.export.query;

/** query-service could not be reached, or it failed with a 5xx, so no plan could be read for an export. */
public class QueryServiceUnavailableException extends RuntimeException {

    public QueryServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
