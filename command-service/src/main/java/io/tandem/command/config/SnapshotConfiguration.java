package io.tandem.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SnapshotConfiguration {

    /** Snapshots a plan every {@code tandem.snapshot-threshold} events, so loading it reads few events. */
    @Bean
    SnapshotTriggerDefinition planSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${tandem.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
