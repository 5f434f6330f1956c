package io.tandem.command.config;

import java.util.concurrent.Executors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@org.springframework.context.annotation.Configuration
class SnapshotConfiguration {

    /** Snapshots a plan every {@code tandem.snapshot-threshold} events, so loading it reads few events. */
    @Bean
    SnapshotTriggerDefinition planSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${tandem.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Axon's default snapshotter, except that it runs on a thread of its own. Axon's default runs
     * it on the command's thread after the commit, while the plan's lock is still held, and it
     * needs a second database connection. When other edits of the same plan held every pooled
     * connection while they waited for that lock, the pool starved until its timeout and those
     * edits failed. One thread is enough because Axon schedules at most one snapshot per plan at a
     * time. The thread is a daemon, so a snapshot cut off at shutdown is not stored, and loading
     * the plan then reads a few more events.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("plan-snapshot-");
        threads.setDaemon(true);
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(Executors.newSingleThreadExecutor(threads))
                .build();
    }
}
