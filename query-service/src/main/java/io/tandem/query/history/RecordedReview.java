package io.tandem.query.history;

/** A review as the change history records it: its name and the plan version it recorded. */
record RecordedReview(String name, long version) {
}
