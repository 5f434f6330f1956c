package io.tandem.query.live;

import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanViewRepository;
import io.tandem.support.Actor;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Decides whether a connection's user may follow a plan: only users of the plan's owner or partner
 * organization may, read from the plan_view projection. A plan's organizations never change, so a
 * plan once allowed for a session stays allowed until the session closes.
 */
@Component
class PlanMembership {

    private final PlanViewRepository plans;
    private final Map<String, Set<String>> allowedPlansBySession = new ConcurrentHashMap<>();

    PlanMembership(PlanViewRepository plans) {
        this.plans = plans;
    }

    /**
     * Returns the plan as the projection stores it, or rejects it with the same message for an
     * unknown plan and for a plan of other organizations, so a non-member learns nothing.
     */
    PlanState requireMember(String sessionId, String planId, Actor actor) {
        PlanState plan = plans.find(planId)
                .filter(state -> state.isMember(actor.organization()))
                .orElseThrow(() -> new StompRejectedException("No plan " + planId));
        allowedPlansBySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(planId);
        return plan;
    }

    /** Rejects a plan the session may not follow, reading the projection only the first time. */
    void requireAllowed(String sessionId, String planId, Actor actor) {
        Set<String> allowed = allowedPlansBySession.get(sessionId);
        if (allowed == null || !allowed.contains(planId)) {
            requireMember(sessionId, planId, actor);
        }
    }

    void forget(String sessionId) {
        allowedPlansBySession.remove(sessionId);
    }
}
