package io.tandem.query.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanSummary;
import io.tandem.query.projection.PlanViewRepository;
import io.tandem.query.view.PlanViewRenderer;
import io.tandem.support.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API over the plan projection. It is eventually consistent with the write side: a plan
 * shows an accepted edit once its {@code version} reaches the version the edit returned.
 */
@RestController
@RequestMapping("/api/plans")
class PlanQueryController {

    private final PlanViewRepository plans;
    private final PlanViewRenderer renderer;

    PlanQueryController(PlanViewRepository plans, PlanViewRenderer renderer) {
        this.plans = plans;
        this.renderer = renderer;
    }

    @GetMapping
    List<PlanSummary> list(Actor actor) {
        return plans.findByOrganization(actor.organization());
    }

    /** Rejects unknown plans and non-members with the same 404, so a non-member learns nothing. */
    @GetMapping("/{planId}")
    ObjectNode get(@PathVariable String planId, Actor actor) {
        PlanState state = plans.find(planId)
                .filter(plan -> plan.isMember(actor.organization()))
                .orElseThrow(() -> new PlanRejectedException(ErrorCode.PLAN_NOT_FOUND, null,
                        "No plan " + planId));
        return renderer.render(state, actor.organization());
    }
}
