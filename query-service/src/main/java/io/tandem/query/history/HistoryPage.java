package io.tandem.query.history;

import java.util.List;

/**
 * One page of a plan's history. {@code hasMore} is true when the next page has entries. There is no
 * total count, so changes the caller may not see leave no trace.
 */
record HistoryPage(String planId, int page, int size, boolean hasMore, List<HistoryEntry> items) {
}
