package io.tandem.cli.db;

import io.tandem.cli.CommandLine;
import io.tandem.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code db}: runs the embedded database in the foreground until the process is terminated. */
public final class DatabaseCommand {

    public static final String USAGE = """
            db [--data DIR] [--port N] [--database NAME]
                Runs an embedded PostgreSQL on 127.0.0.1 until SIGTERM or Ctrl-C, keeping its data in DIR.
                Connect as user postgres without a password.
                --data DIR       data folder, created and initialized when empty (default: .tandem/pgdata)
                --port N         TCP port (default: 5433)
                --database NAME  database created when missing (default: tandem)
            """;

    private static final Logger log = LoggerFactory.getLogger(DatabaseCommand.class);

    private DatabaseCommand() {
    }

    public static int run(List<String> args, PrintStream out) throws IOException, InterruptedException {
        CommandLine line = CommandLine.parse("db", args, Set.of("data", "port", "database"));
        if (!line.positionals().isEmpty()) {
            throw new UsageException("'db' takes no positional arguments, but got " + line.positionals());
        }
        Path data = line.pathOption("data", Path.of(".tandem", "pgdata")).toAbsolutePath();
        int port = line.intOption("port", 5433, 1, 65535);
        String name = line.option("database", "tandem");

        if (!EmbeddedDatabase.isValidDatabaseName(name)) {
            throw new UsageException("Invalid --database '" + name + "': use lower-case letters, digits and '_'");
        }
        requireFreePort(port);
        log.info("Starting the embedded database on 127.0.0.1:{} with data in {}", port, data);
        EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(database, stopped), "tandem-db-stop"));
        try {
            database.createDatabaseIfMissing(name);
        } catch (SQLException e) {
            log.warn("Creating database {} failed: {}", name, e.getMessage());
            return 1;
        }
        out.println("Database ready at " + database.jdbcUrl(name) + " (user postgres, data in " + data + ")");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Fails fast on a taken port, because zonky would otherwise wait out its whole startup timeout. */
    private static void requireFreePort(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // Bound, so the port is free; closing the socket releases it for PostgreSQL.
        } catch (IOException e) {
            throw new UsageException("Port " + port + " on 127.0.0.1 is in use by another process; "
                    + "choose another with --port");
        }
    }

    private static void stop(EmbeddedDatabase database, CountDownLatch stopped) {
        log.info("Stopping the embedded database on port {}", database.port());
        try {
            database.close();
            log.info("Embedded database stopped");
        } catch (IOException e) {
            log.warn("Stopping the embedded database failed: {}", e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
