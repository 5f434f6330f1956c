package io.tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One service started from its -exec jar as a separate JVM, on 127.0.0.1, logging to a file. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the service's -exec jar. The environment carries the same settings as ./tandem passes;
     * {@code arguments} are Spring properties such as --a.b=c.
     */
    static ServiceProcess start(String name, Path jar, Map<String, String> environment, List<String> javaOptions,
                                List<String> arguments, Path log) throws IOException {
        int port = BenchDatabase.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return new ServiceProcess(name, port, builder.start(), log);
    }

    /**
     * Copies the module's -exec jar from {@code root/module/target} into {@code folder}, so that a
     * build during the run cannot replace the jar under a running service, and returns the copy.
     */
    static Path copyExecJar(Path root, String module, Path folder) throws IOException {
        Path jar = execJar(root, module);
        return Files.copy(jar, Files.createDirectories(folder).resolve(jar.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path execJar(Path root, String module) throws IOException {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No " + module + "-*-exec.jar in " + target
                            + "; build it with 'mvn -DskipTests install'"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("No " + target + " folder; build " + module + " with 'mvn -DskipTests install'", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Waits until the service's readiness probe reports UP. */
    void awaitReady(HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with status " + process.exitValue() + " during startup; see "
                        + log);
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IOException(name + " was not ready after " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    /** Stops the service with SIGTERM, so it shuts down gracefully, and kills it only after a timeout. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.err.println(name + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
