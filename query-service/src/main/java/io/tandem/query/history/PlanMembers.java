package io.tandem.query.history;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.query.projection.PlanSummary;
import io.tandem.query.projection.PlanViewRepository;
import org.springframework.stereotype.Component;

/** Looks up a plan for a caller, with the same 404 for an unknown plan and for a non-member. */
@Component
class PlanMembers {

    private final PlanViewRepository plans;

    PlanMembers(PlanViewRepository plans) {
        this.plans = plans;
    }

    /** Returns the plan's list entry, whose version is the latest the history and checkpoints contain. */
    PlanSummary require(String planId, String organization) {
        return plans.findSummary(planId)
                .filter(plan -> organization != null
                        && (organization.equals(plan.ownerOrg()) || organization.equals(plan.partnerOrg())))
                .orElseThrow(() -> new PlanRejectedException(ErrorCode.PLAN_NOT_FOUND, null, "No plan " + planId));
    }
}
