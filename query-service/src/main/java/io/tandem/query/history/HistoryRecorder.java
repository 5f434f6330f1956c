package io.tandem.query.history;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.ChangeRecorder;
import org.springframework.stereotype.Component;

/**
 * Stores each projected change in plan_change, and a checkpoint of the plan right after every
 * recorded review and every {@link HistoryProperties#checkpointInterval()}-th version.
 */
@Component
class HistoryRecorder implements ChangeRecorder {

    private final ChangeRepository changes;
    private final CheckpointRepository checkpoints;
    private final int checkpointInterval;

    HistoryRecorder(ChangeRepository changes, CheckpointRepository checkpoints, HistoryProperties properties) {
        this.changes = changes;
        this.checkpoints = checkpoints;
        this.checkpointInterval = properties.checkpointInterval();
    }

    @Override
    public void record(PlanEvent event, PlanChange change, PlanState after) {
        changes.save(after.planId(), change);
        if (event instanceof ReviewRecorded || (after.version() > 0 && after.version() % checkpointInterval == 0)) {
            checkpoints.save(after);
        }
    }
}
