package io.tandem.query.events;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event store of query-service: Axon's embedded event store over the JDBC storage engine, built
 * as Axon's Spring Boot autoconfiguration (4.13) builds it. PostgreSQL notifications wake it, so events
 * appended by command-service reach the projections without waiting for the next poll. Axon's
 * autoconfiguration backs off from the storage engine and the event store once these beans exist.
 */
@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(EventStoreProperties.class)
class EventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    /** Named and qualified like the event store of Axon's autoconfiguration, for code that looks it up by name. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    WakeableEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  EventStoreProperties properties) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "tandem.events", name = "notify-enabled", havingValue = "true",
            matchIfMissing = true)
    EventAppendListener eventAppendListener(DataSourceProperties dataSource, WakeableEventStore eventStore) {
        return new EventAppendListener(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword(), eventStore::wake);
    }

    /**
     * Lets Flyway apply db/eventstore's V1_1 to a database whose history already records query-service's
     * own V2 and later, because Flyway's default rejects a pending migration below the applied version.
     */
    @Bean
    FlywayConfigurationCustomizer applyEventStoreMigrationsOutOfOrder() {
        return flyway -> flyway.outOfOrder(true);
    }
}
