package io.tandem.query.history;

import java.time.Instant;

/**
 * The criteria of a history request: each non-null criterion must match (section, collection and ref
 * by their JSON names, user by id, organization of the author), {@code from} inclusive and
 * {@code to} exclusive, then one page in version order.
 */
record HistoryFilter(String section, String collection, String ref, String user, String organization,
                     Instant from, Instant to, boolean newestFirst, int page, int size) {

    long offset() {
        return (long) page * size;
    }
}
