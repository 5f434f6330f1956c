package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code expected} block and {@code expected_target_history} after the timeline against the read
 * API: final views, views as of a review, and the target audit. The read side is eventually consistent, so
 * the checks first wait until it shows the version of the last accepted edit.
 */
final class ExpectationChecks {

    private static final String TARGET_HISTORY = "expected_target_history";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Scenario scenario;
    private final PlanApi api;
    private final UserTokens tokens;
    private final Duration readTimeout;

    ExpectationChecks(Scenario scenario, PlanApi api, UserTokens tokens, Duration readTimeout) {
        this.scenario = scenario;
        this.api = api;
        this.tokens = tokens;
        this.readTimeout = readTimeout;
    }

    List<CheckResult> run(TimelineResult timeline) throws ServiceUnreachableException, InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        if (timeline.planId() == null) {
            results.add(CheckResult.failed("expected", "not checked: the plan was not created"));
            return results;
        }
        results.add(awaitVersion(timeline));
        for (ViewExpectation expectation : scenario.expectations()) {
            results.add(check(expectation, timeline.planId()));
        }
        if (scenario.targetHistory() != null) {
            results.addAll(checkTargetHistory(scenario.targetHistory(), timeline.planId(), timeline.creatorId()));
        }
        return results;
    }

    private CheckResult check(ViewExpectation expectation, String planId)
            throws ServiceUnreachableException, InterruptedException {
        if (expectation.isFinal()) {
            return expectation.seesNothing() ? checkHidden(expectation, planId) : checkFinal(expectation, planId);
        }
        if (expectation.isAtReview()) {
            return checkAtReview(expectation, planId);
        }
        return checkAtInstant(expectation, planId);
    }

    /** Polls the plan as its creator until the read side shows the version of the last accepted edit. */
    private CheckResult awaitVersion(TimelineResult timeline) throws ServiceUnreachableException, InterruptedException {
        String name = "read side at version " + timeline.lastVersion();
        String path = planPath(timeline.planId());
        String token = tokens.token(timeline.creatorId());
        long deadline = System.nanoTime() + readTimeout.toNanos();
        ApiResponse response = api.read(path, token);
        while (versionOf(response) < timeline.lastVersion() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            response = api.read(path, token);
        }
        if (versionOf(response) >= timeline.lastVersion()) {
            return CheckResult.of(name, List.of());
        }
        String lastSeen = response.status() == 200 ? "version " + versionOf(response)
                : "status " + response.status() + " " + response.problem();
        return CheckResult.failed(name, "the read side did not reach version " + timeline.lastVersion()
                + " within " + readTimeout.toSeconds() + " s; GET " + path + " as " + timeline.creatorId()
                + " last returned " + lastSeen.trim());
    }

    private static long versionOf(ApiResponse response) {
        if (response.status() != 200 || response.body() == null) {
            return -1;
        }
        return response.body().path("version").asLong(-1);
    }

    private CheckResult checkFinal(ViewExpectation expectation, String planId)
            throws ServiceUnreachableException, InterruptedException {
        ApiResponse response = api.read(planPath(planId), tokens.token(expectation.userId()));
        if (response.status() != 200 || response.body() == null || !response.body().isObject()) {
            return CheckResult.failed(expectation.describe(), "GET " + planPath(planId) + " returned status "
                    + response.status() + " " + response.problem());
        }
        return CheckResult.of(expectation.describe(), ViewComparison.differences(expectation.fields(),
                response.body()));
    }

    /** Checks that a user outside both organizations gets 404 for the plan and does not find it in the list. */
    private CheckResult checkHidden(ViewExpectation expectation, String planId)
            throws ServiceUnreachableException, InterruptedException {
        String token = tokens.token(expectation.userId());
        List<String> differences = new ArrayList<>();
        ApiResponse plan = api.read(planPath(planId), token);
        if (plan.status() != 404) {
            differences.add("GET " + planPath(planId) + ": expected status 404, actual " + plan.status());
        }
        ApiResponse list = api.read("/api/plans", token);
        if (list.status() != 200 || list.body() == null || !list.body().isArray()) {
            differences.add("GET /api/plans: expected a list, actual status " + list.status() + " "
                    + list.problem());
        } else if (listsPlan(list.body(), planId)) {
            differences.add("GET /api/plans lists plan " + planId);
        }
        return CheckResult.of(expectation.describe() + " sees nothing", differences);
    }

    /** Reads the plan as of the named review, as the entry's user, and compares it like a final check. */
    private CheckResult checkAtReview(ViewExpectation expectation, String planId)
            throws ServiceUnreachableException, InterruptedException {
        String path = planPath(planId) + "/as-of?review=" + encode(expectation.reviewName());
        ApiResponse response = api.read(path, tokens.token(expectation.userId()));
        if (response.status() != 200 || response.body() == null || !response.body().isObject()) {
            return CheckResult.failed(expectation.describe(), "GET " + path + " returned status "
                    + response.status() + " " + response.problem());
        }
        return CheckResult.of(expectation.describe(), ViewComparison.differences(expectation.fields(),
                response.body()));
    }

    // NOTE: the "at" times of a scenario are story times, while the services stamp events with their own
    // clock, so a story instant names no stored version and this check cannot be made.
    private CheckResult checkAtInstant(ViewExpectation expectation, String planId) {
        return CheckResult.skipped(expectation.describe(), "story instants do not map to stored event times");
    }

    /** Checks each period of {@code expected_target_history} against the target audit, read as the creator. */
    private List<CheckResult> checkTargetHistory(JsonNode history, String planId, String creatorId)
            throws ServiceUnreachableException, InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        if (!history.isObject()) {
            results.add(CheckResult.failed(TARGET_HISTORY, "expected a mapping of period to a list of changes"));
            return results;
        }
        for (Map.Entry<String, JsonNode> period : (Iterable<Map.Entry<String, JsonNode>>) history::fields) {
            String name = TARGET_HISTORY + " " + period.getKey();
            String path = planPath(planId) + "/targets/" + encodePath(period.getKey()) + "/history";
            ApiResponse response = api.read(path, tokens.token(creatorId));
            if (response.status() != 200 || response.body() == null || !response.body().path("items").isArray()) {
                results.add(CheckResult.failed(name, "GET " + path + " returned status " + response.status() + " "
                        + response.problem()));
            } else {
                results.add(CheckResult.of(name, TargetHistoryComparison.differences(period.getValue(),
                        response.body().get("items"))));
            }
        }
        return results;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Encodes a path segment: as a query value, but with a space as %20 instead of +. */
    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }

    private static boolean listsPlan(JsonNode plans, String planId) {
        for (JsonNode plan : plans) {
            if (planId.equals(plan.path("plan_id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String planPath(String planId) {
        return "/api/plans/" + planId;
    }
}
