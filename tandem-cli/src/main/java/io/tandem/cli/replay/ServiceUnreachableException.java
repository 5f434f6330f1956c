package io.tandem.cli.replay;

/** A service that refused the connection or did not respond in time. */
public class ServiceUnreachableException extends Exception {

    public ServiceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
