package io.tandem.query.projection;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.state.PlanState;

/**
 * Stores what the projection derives from one event beside plan_view. Unlike a
 * {@link PlanChangeListener}, a recorder runs inside the projection's transaction, so its rows
 * commit or roll back with the plan's row and the processor's token, and a rebuild writes them again.
 * The projection calls it once per event, in version order, only for events it has not applied yet.
 */
public interface ChangeRecorder {

    /** Stores the change of one event; {@code after} is the plan with that event applied. */
    void record(PlanEvent event, PlanChange change, PlanState after);
}
