package io.tandem.query.history;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PointRequest} into a version of the plan, no later than the plan's current
 * version: an instant through the event timestamps in plan_change, a review through the plan's
 * recorded reviews.
 */
@Component
class PointResolver {

    private final ChangeRepository changes;

    PointResolver(ChangeRepository changes) {
        this.changes = changes;
    }

    PlanPoint resolve(String planId, long currentVersion, PointRequest request) {
        if (request instanceof PointRequest.AtVersion at) {
            return atVersion(currentVersion, at);
        }
        if (request instanceof PointRequest.AtInstant at) {
            return atInstant(planId, currentVersion, at);
        }
        return atReview(planId, currentVersion, (PointRequest.AtReview) request);
    }

    private static PlanPoint atVersion(long currentVersion, PointRequest.AtVersion request) {
        if (request.version() < 0 || request.version() > currentVersion) {
            throw PlanRejectedException.invalid(request.field(), request.field() + " must be between 0 and the"
                    + " plan's current version " + currentVersion + ", but is " + request.version());
        }
        return new PlanPoint(request.version(), null);
    }

    private PlanPoint atInstant(String planId, long currentVersion, PointRequest.AtInstant request) {
        Instant at = request.at();
        long version = changes.versionAt(planId, at, currentVersion).orElseThrow(() ->
                PlanRejectedException.invalid(request.field(), request.field() + " " + at
                        + " is before the plan was created"));
        return new PlanPoint(version, null);
    }

    /** Matches names as {@link io.tandem.plan.state.PlanState#review} does: trimmed and ignoring case. */
    private PlanPoint atReview(String planId, long currentVersion, PointRequest.AtReview request) {
        String wanted = request.name().trim();
        return changes.reviews(planId, currentVersion).stream()
                .filter(review -> review.name().trim().equalsIgnoreCase(wanted))
                .findFirst()
                .map(review -> new PlanPoint(review.version(), review.name()))
                .orElseThrow(() -> new PlanRejectedException(ErrorCode.REVIEW_NOT_FOUND, request.field(),
                        "No review named '" + request.name() + "' in this plan"));
    }
}
