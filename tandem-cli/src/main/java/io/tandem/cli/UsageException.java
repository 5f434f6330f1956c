package io.tandem.cli;

/** A command line that cannot run as given. The message names the fix. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
