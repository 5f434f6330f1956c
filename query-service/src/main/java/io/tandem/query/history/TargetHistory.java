package io.tandem.query.history;

import java.util.List;

/** Every change of one period's target, oldest first. */
record TargetHistory(String planId, String period, List<HistoryEntry> items) {
}
