package io.tandem.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, freePort())) {
            database.createDatabaseIfMissing("tandem");
            execute(database, "CREATE TABLE plan_note (note text)");
            execute(database, "INSERT INTO plan_note VALUES ('kept across restarts')");
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, freePort())) {
            database.createDatabaseIfMissing("tandem");
            assertThat(query(database, "SELECT note FROM plan_note")).isEqualTo("kept across restarts");
        }
    }

    @Test
    void writesDurablyAndListensOnLoopbackOnly() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, freePort())) {
            database.createDatabaseIfMissing("tandem");

            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(database, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void startsOnEmptyFolder() throws Exception {
        Path fresh = data.resolve("fresh");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(fresh, freePort())) {
            database.createDatabaseIfMissing("tandem");
            assertThat(query(database, "SELECT current_database()")).isEqualTo("tandem");
        }
        assertThat(Files.exists(fresh.resolve("postgresql.conf"))).isTrue();
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("a row from %s", sql).isTrue();
            return result.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl("tandem"), EmbeddedDatabase.USER, "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
