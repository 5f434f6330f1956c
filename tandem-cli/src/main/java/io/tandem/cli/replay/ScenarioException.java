package io.tandem.cli.replay;

/** A scenario file that cannot be read or does not follow the scenario format. */
public class ScenarioException extends Exception {

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
