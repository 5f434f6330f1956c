package io.tandem.query.history;

/** A resolved point in a plan's history: a version, and the review's name when a review named it. */
record PlanPoint(long version, String review) {
}
