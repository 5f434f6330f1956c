package io.tandem.query.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on one dedicated PostgreSQL connection for the notifications that the trigger on
 * domain_event_entry sends when events are committed, and calls {@code onAppend} for each batch of
 * them. After a failure it reconnects with exponential back-off. It calls {@code onAppend} once
 * after each (re)connect too, because events committed while no session listened left no
 * notification to deliver.
 */
public class EventAppendListener implements SmartLifecycle {

    /** The channel of the trigger in db/eventstore/V1_1__notify_event_appends.sql. */
    public static final String CHANNEL = "tandem_events";

    /** The application_name of the listening session, which names it in pg_stat_activity. */
    public static final String APPLICATION_NAME = "tandem-event-listener";

    private static final Logger log = LoggerFactory.getLogger(EventAppendListener.class);

    /** How long one wait for notifications blocks, which also bounds how long the thread takes to notice a stop. */
    private static final int WAIT_MILLIS = 500;
    /** How long the connection may be idle before a query checks that it still works. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private final String url;
    private final Properties connectionProperties;
    private final Runnable onAppend;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param url      JDBC URL of the PostgreSQL database that contains domain_event_entry
     * @param username user name, or null for the driver's default
     * @param password password, or null for none
     * @param onAppend called on this listener's thread after events were committed; it must not block
     */
    public EventAppendListener(String url, String username, String password, Runnable onAppend) {
        this.url = url;
        this.onAppend = onAppend;
        connectionProperties = new Properties();
        if (username != null) {
            connectionProperties.setProperty("user", username);
        }
        if (password != null) {
            connectionProperties.setProperty("password", password);
        }
        connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
        connectionProperties.setProperty("tcpKeepAlive", "true");
        connectionProperties.setProperty("connectTimeout", "10");
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "event-append-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Stopped listening for appended events on channel {}", CHANNEL);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration retryDelay = FIRST_RETRY;
        int failures = 0;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties)) {
                listen(connection);
                log.info("Listening for appended events on channel {}{}", CHANNEL,
                        failures == 0 ? "" : " again after " + failures + " failed attempts");
                retryDelay = FIRST_RETRY;
                failures = 0;
                wakeReaders();
                receive(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException e) {
                if (!running) {
                    break;
                }
                failures++;
                log.warn("Listening for appended events failed (attempt {}), retrying in {} ms; events are read "
                        + "by polling meanwhile: {}", failures, retryDelay.toMillis(), e.toString());
                if (!pause(retryDelay)) {
                    break;
                }
                retryDelay = retryDelay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY
                        : retryDelay.multipliedBy(2);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    private void receive(PGConnection notifications, Connection connection) throws SQLException {
        long idleSince = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                wakeReaders();
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > IDLE_CHECK.toNanos()) {
                // A connection that a network failure cut off silently would otherwise wait forever.
                if (!connection.isValid(10)) {
                    throw new SQLException("The listening connection stopped answering");
                }
                idleSince = System.nanoTime();
            }
        }
    }

    private void wakeReaders() {
        try {
            onAppend.run();
        } catch (RuntimeException e) {
            log.warn("Waking the event store after a notification failed", e);
        }
    }

    /** Sleeps, and returns false when the listener was stopped meanwhile. */
    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
