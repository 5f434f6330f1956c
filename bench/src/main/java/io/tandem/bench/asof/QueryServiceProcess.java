package io.tandem.bench.asof;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** query-service started from its -exec jar as a separate JVM on 127.0.0.1, logging to a file. */
final class QueryServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

    private final Process process;
    private final int port;
    private final Path log;

    private QueryServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts query-service on the database with the given Spring properties (such as --a.b=c). */
    static QueryServiceProcess start(Path root, List<String> properties, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", execJar(root).toString(), "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return new QueryServiceProcess(builder.start(), port, log);
    }

    private static Path execJar(Path root) throws IOException {
        Path target = root.resolve("query-service/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("query-service-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No query-service-*-exec.jar in " + target
                            + "; build it with 'mvn -DskipTests install -pl query-service -am'"));
        } catch (NoSuchFileException e) {
            throw new IOException("No " + target + " folder; build query-service with 'mvn -DskipTests install'", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the service returns 200 from its liveness probe. */
    void awaitStarted(HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("query-service exited with status " + process.exitValue()
                        + " during startup; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IOException("query-service did not start within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    /** Stops the service with SIGTERM and kills it only when it has not stopped after a timeout. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.err.println("query-service did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
