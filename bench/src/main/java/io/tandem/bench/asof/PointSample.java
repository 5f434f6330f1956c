package io.tandem.bench.asof;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** One sampled request: as of an instant, as of a review, or the diff of two reviews, as one organization. */
record PointSample(Kind kind, String organization, Instant at, String review, String otherReview) {

    enum Kind {
        INSTANT("as-of a random instant"),
        REVIEW("as-of a review"),
        DIFF("diff of two reviews");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Returns the request path below the plan, such as {@code /as-of?at=...}. */
    String path() {
        return switch (kind) {
            case INSTANT -> "/as-of?at=" + at;
            case REVIEW -> "/as-of?review=" + encode(review);
            case DIFF -> "/diff?from_review=" + encode(review) + "&to_review=" + encode(otherReview);
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
