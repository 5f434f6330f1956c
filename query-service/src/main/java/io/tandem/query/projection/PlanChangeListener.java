package io.tandem.query.projection;

import io.tandem.plan.history.PlanChange;
import io.tandem.plan.state.PlanState;

/**
 * Receives each change of a plan once the projection has stored it, in version order per plan.
 * Listeners run after the projection's transaction commits, so what they pass on is already
 * readable; a failing listener is logged and never undoes the projection.
 */
public interface PlanChangeListener {

    /**
     * Handles one applied change. {@code after} is the plan with every organization's internal
     * items, so listeners must filter with {@link PlanState#visibleTo} and
     * {@link PlanChange#isVisibleTo} before anything leaves the service.
     */
    void onChange(PlanChange change, PlanState after);
}
