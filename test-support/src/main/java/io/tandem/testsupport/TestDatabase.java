package io.tandem.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests: a Testcontainers container when a Docker engine is available,
 * otherwise the server named by {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME}
 * and {@code SPRING_DATASOURCE_PASSWORD} (default: postgres on 127.0.0.1:5432, database test).
 * Each call of {@link #createDatabase} gives a new empty database, so tests never see each
 * other's events; the databases are dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Server server;

    private TestDatabase() {
    }

    /** Connection settings of one database. */
    public record Database(String url, String username, String password) {
    }

    private record Server(String adminUrl, String username, String password) {
    }

    /** Creates a new empty database on the test server and returns how to connect to it. */
    public static synchronized Database createDatabase() {
        Server current = server();
        String name = "tandem_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute(current, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(current, name)));
        String url = current.adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Database(url, current.username(), current.password());
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            log.info("Tests use PostgreSQL in a Testcontainers container at {}", container.getJdbcUrl());
            server = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            String url = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            log.info("No Docker engine: tests use the local PostgreSQL at {}", url);
            server = new Server(url, env("SPRING_DATASOURCE_USERNAME", "postgres"),
                    env("SPRING_DATASOURCE_PASSWORD", ""));
        }
        return server;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(Server target, String sql) {
        try (Connection connection = DriverManager.getConnection(target.adminUrl(), target.username(),
                target.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql + " on " + target.adminUrl(), e);
        }
    }

    private static void dropQuietly(Server target, String name) {
        try {
            execute(target, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            log.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }
}
