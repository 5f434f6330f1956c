package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends a scenario's timeline through the write API, each step as its user, and tracks the plan version
 * after every step so that a step based on an earlier one carries that step's version.
 */
final class TimelineReplay {

    private final Scenario scenario;
    private final PlanApi api;
    private final UserTokens tokens;
    private final Consumer<StepResult> listener;

    private final Map<Integer, Long> versionAfterStep = new HashMap<>();
    private BiConsumer<String, String> planCreated = (planId, creatorId) -> { };
    private String planId;
    private String creatorId;
    private long latestVersion;

    TimelineReplay(Scenario scenario, PlanApi api, UserTokens tokens, Consumer<StepResult> listener) {
        this.scenario = scenario;
        this.api = api;
        this.tokens = tokens;
        this.listener = listener;
    }

    /** Calls {@code listener} with the plan id and the creator's user id once the plan is created. */
    void onPlanCreated(BiConsumer<String, String> listener) {
        this.planCreated = listener;
    }

    TimelineResult run() throws ServiceUnreachableException, InterruptedException {
        List<StepResult> results = new ArrayList<>();
        for (Step step : scenario.steps()) {
            StepResult result = replay(step);
            versionAfterStep.put(step.number(), latestVersion);
            results.add(result);
            listener.accept(result);
        }
        return new TimelineResult(planId, creatorId, latestVersion, results);
    }

    private StepResult replay(Step step) throws ServiceUnreachableException, InterruptedException {
        boolean creation = step.edit().equals(EditRequests.CREATE_PLAN);
        if (!creation && planId == null) {
            return new StepResult(step, null, false, "not sent: no plan was created");
        }
        EditRequest request = creation
                ? EditRequests.createPlan(step.fields(), scenario.organizationNames())
                : EditRequests.edit(step.edit(), step.fields(), planId, baseVersion(step));
        ApiResponse response = api.send(request, tokens.token(step.userId()));
        boolean matched = step.expected().matches(response.status());
        String detail = response.isSuccess() ? "" : response.problem();
        if (response.isSuccess()) {
            JsonNode version = response.body() == null ? null : response.body().get("version");
            if (version == null || !version.canConvertToLong()) {
                return new StepResult(step, response.status(), false, "the response has no plan version");
            }
            if (!creation) {
                latestVersion = version.asLong();
            } else if (planId == null) {
                planId = response.body().path("plan_id").asText();
                creatorId = step.userId();
                latestVersion = version.asLong();
                planCreated.accept(planId, creatorId);
            }
        }
        return new StepResult(step, response.status(), matched, matched ? "" : detail);
    }

    private long baseVersion(Step step) {
        if (step.basedOnStep() == null) {
            return latestVersion;
        }
        return versionAfterStep.getOrDefault(step.basedOnStep(), 0L);
    }
}
