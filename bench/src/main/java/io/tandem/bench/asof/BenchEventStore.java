package io.tandem.bench.asof;

import io.tandem.support.AxonConfiguration;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine on one open connection, set up as the services set theirs up, to
 * append the plan's events and to read them back for the naive replay. Reusing the connection
 * keeps connection setup out of the naive replay's time, as the services' pool does for theirs.
 */
final class BenchEventStore implements AutoCloseable {

    private final Connection connection;
    private final JdbcEventStorageEngine engine;

    BenchEventStore(String url, String username, String password) throws SQLException {
        connection = DriverManager.getConnection(url, username, password);
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) ->
                        method.getName().equals("close") ? null : method.invoke(connection, arguments));
        AxonConfiguration axon = new AxonConfiguration();
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(() -> unclosable)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(axon.eventSerializer())
                .snapshotSerializer(axon.serializer())
                .schema(axon.eventSchema())
                .build();
    }

    /** Appends the events in batches; each batch is one statement batch of the engine. */
    void append(List<? extends EventMessage<?>> events, int batchSize) {
        for (int from = 0; from < events.size(); from += batchSize) {
            engine.appendEvents(events.subList(from, Math.min(events.size(), from + batchSize)));
        }
    }

    DomainEventStream read(String planId) {
        return engine.readEvents(planId, 0);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
