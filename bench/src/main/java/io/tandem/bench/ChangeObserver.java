package io.tandem.bench;

import java.util.OptionalLong;

/** Watches the read side as the plans' clients would, and records when each edit reached them. */
interface ChangeObserver extends AutoCloseable {

    /** Names the observation method for the report. */
    String description();

    /** Called right after an edit's 2xx response. */
    void accepted(Edit edit);

    /**
     * Returns the {@link System#nanoTime} at which the last of the plan's clients of the other
     * organization had the edit, or empty while any of them has not.
     */
    OptionalLong seenAt(Edit edit);

    /** Returns how many change frames (or plan reads) the clients received. */
    long received();

    @Override
    void close() throws InterruptedException;
}
