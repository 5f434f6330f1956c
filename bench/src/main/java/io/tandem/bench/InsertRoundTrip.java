package io.tandem.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's noise floor: the round trip of one single-row INSERT committed on its own, from
 * one connection, on the database the services use.
 */
final class InsertRoundTrip {

    private static final int WARMUP = 200;

    private InsertRoundTrip() {
    }

    static Latencies measure(BenchDatabase.Database database, int inserts) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE bench_round_trip (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
            }
            long[] nanos = new long[inserts];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_round_trip (payload) VALUES (?)")) {
                for (int i = -WARMUP; i < inserts; i++) {
                    insert.setString(1, "row " + i);
                    long started = System.nanoTime();
                    insert.executeUpdate();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - started;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_round_trip");
            }
            return Latencies.of(nanos);
        }
    }
}
