package io.tandem.query.projection;

import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.history.PlanChange;
import io.tandem.plan.history.PlanChanges;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps plan_view up to date. For each event it loads the plan's stored state, folds the event into
 * it with {@link PlanState#apply} and stores it again, then hands the change to each
 * {@link ChangeRecorder}. The streaming processor calls the handler in the transaction that also
 * stores its token, so a plan's row, the recorders' rows and the token commit together.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class PlanProjection {

    public static final String PROCESSING_GROUP = "plan-projection";

    private static final Logger log = LoggerFactory.getLogger(PlanProjection.class);

    private static final String PENDING_CHANGES = PlanProjection.class.getName() + ".pendingChanges";

    private final PlanViewRepository plans;
    private final List<ChangeRecorder> recorders;
    private final List<PlanChangeListener> listeners;

    @Autowired
    public PlanProjection(PlanViewRepository plans, List<ChangeRecorder> recorders,
                          List<PlanChangeListener> listeners) {
        this.plans = plans;
        this.recorders = List.copyOf(recorders);
        this.listeners = List.copyOf(listeners);
    }

    /** Creates a projection that keeps plan_view only, without the change history. */
    public PlanProjection(PlanViewRepository plans, List<PlanChangeListener> listeners) {
        this(plans, List.of(), listeners);
    }

    /**
     * Applies one event of a plan. An event at or below the stored version is skipped, so a
     * redelivered or replayed event never applies twice. An event that does not directly follow
     * the stored version fails, because folding it would build a wrong state.
     */
    @EventHandler
    public void on(PlanEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp,
                   MetaData metaData) {
        Optional<PlanState> stored = plans.find(event.planId());
        long storedVersion = stored.map(PlanState::version).orElse(-1L);
        if (sequenceNumber <= storedVersion) {
            log.debug("Plan {}: skipped event {} at or below stored version {}", event.planId(), sequenceNumber,
                    storedVersion);
            return;
        }
        EventContext context = context(sequenceNumber, timestamp, metaData);
        if (sequenceNumber != storedVersion + 1) {
            throw new IllegalStateException("Plan " + event.planId() + ": event " + sequenceNumber + " ("
                    + event.getClass().getSimpleName() + " by " + context.userId()
                    + ") does not follow the stored version " + storedVersion);
        }
        PlanState state = stored.orElseGet(PlanState::new);
        PlanChange change = PlanChanges.describe(state, event, context);
        state.apply(event, context);
        plans.save(state);
        for (ChangeRecorder recorder : recorders) {
            recorder.record(event, change, state);
        }
        notifyAfterCommit(change, state);
    }

    /**
     * Queues the change for the listeners until the batch commits. One after-commit handler per
     * batch delivers the queue in order, because Axon runs after-commit handlers in reverse order
     * of registration.
     */
    private void notifyAfterCommit(PlanChange change, PlanState state) {
        if (listeners.isEmpty() || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Applied> queue = unitOfWork.getOrComputeResource(PENDING_CHANGES, key -> {
            List<Applied> pending = new ArrayList<>();
            unitOfWork.afterCommit(committed -> deliver(pending));
            return pending;
        });
        queue.add(new Applied(change, state));
    }

    private void deliver(List<Applied> changes) {
        for (Applied applied : changes) {
            for (PlanChangeListener listener : listeners) {
                try {
                    listener.onChange(applied.change(), applied.state());
                } catch (RuntimeException e) {
                    log.warn("Plan {}: listener {} failed on version {}", applied.state().planId(),
                            listener.getClass().getSimpleName(), applied.change().version(), e);
                }
            }
        }
    }

    private record Applied(PlanChange change, PlanState state) {
    }

    /** Returns where an event sits in its plan's history, from its sequence number, timestamp and metadata. */
    public static EventContext context(long sequenceNumber, Instant timestamp, MetaData metaData) {
        return new EventContext(sequenceNumber, timestamp, text(metaData, PlanMetadata.USER_ID),
                text(metaData, PlanMetadata.USER_NAME), text(metaData, PlanMetadata.ORGANIZATION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
