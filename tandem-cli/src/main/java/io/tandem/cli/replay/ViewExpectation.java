package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of a scenario's {@code expected} block: what user {@code userId} must see at point {@code at}
 * ({@code final}, {@code review NAME} or an ISO-8601 instant). {@code fields} contains the compared keys only.
 */
record ViewExpectation(String userId, String at, boolean seesNothing, ObjectNode fields) {

    static final String FINAL = "final";
    static final String REVIEW_PREFIX = "review ";

    boolean isFinal() {
        return FINAL.equals(at);
    }

    boolean isAtReview() {
        return at.startsWith(REVIEW_PREFIX);
    }

    String reviewName() {
        return at.substring(REVIEW_PREFIX.length()).trim();
    }

    String describe() {
        return userId + " at " + at;
    }
}
