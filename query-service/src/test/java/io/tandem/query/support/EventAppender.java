package io.tandem.query.support;

import io.tandem.support.AxonConfiguration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Appends events to domain_event_entry through Axon's JDBC storage engine, as command-service
 * does. It bypasses the query service's own event store, so the projection learns of the events
 * only by reading the table, just as it learns of command-service's events.
 */
public final class EventAppender {

    private final JdbcEventStorageEngine engine;

    public EventAppender(DataSource dataSource) {
        AxonConfiguration axon = new AxonConfiguration();
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)))
                .eventSerializer(axon.eventSerializer())
                .snapshotSerializer(axon.serializer())
                .schema(axon.eventSchema())
                .build();
    }

    /** Appends the events in one transaction. */
    public void append(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }
}
