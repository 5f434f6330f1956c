package io.tandem.cli.live;

/** Failure to open a live connection, or a rejected subscription, with the reason as its message. */
public class LiveException extends Exception {

    public LiveException(String message) {
        super(message);
    }

    public LiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
