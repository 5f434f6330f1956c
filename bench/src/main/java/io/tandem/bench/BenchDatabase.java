package io.tandem.bench;

import io.tandem.cli.db.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server of a run: the one that SPRING_DATASOURCE_URL names, or else an embedded
 * server (fsync on) in a folder of the run. Each mode gets a new database on it.
 */
final class BenchDatabase implements AutoCloseable {

    /** Connection settings of one database. */
    record Database(String name, String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }
    }

    private final String adminUrl;
    private final String username;
    private final String password;
    private final EmbeddedDatabase embedded;

    private BenchDatabase(String adminUrl, String username, String password, EmbeddedDatabase embedded) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    static BenchDatabase start(Path dataFolder) throws IOException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase(url, env("SPRING_DATASOURCE_USERNAME", "postgres"),
                    env("SPRING_DATASOURCE_PASSWORD", ""), null);
        }
        EmbeddedDatabase server = EmbeddedDatabase.start(dataFolder, freePort());
        return new BenchDatabase(server.jdbcUrl("postgres"), EmbeddedDatabase.USER, "", server);
    }

    /** Describes the server for the report. */
    String description() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT current_setting('server_version'), "
                     + "current_setting('fsync'), current_setting('synchronous_commit')")) {
            result.next();
            return (embedded == null ? "PostgreSQL at " + adminUrl.replaceFirst("\\?.*", "") : "embedded PostgreSQL")
                    + ", version " + result.getString(1) + ", fsync " + result.getString(2)
                    + ", synchronous_commit " + result.getString(3);
        }
    }

    /** Creates a new empty database. */
    Database create() throws SQLException {
        String name = "tandem_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Database(name, url, username, password);
    }

    void drop(Database database) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
