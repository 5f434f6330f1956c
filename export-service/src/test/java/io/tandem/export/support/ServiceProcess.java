package io.tandem.export.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Tandem service started from its executable jar as a process of its own, on a free port of 127.0.0.1, with
 * its output in a log file. Running it apart keeps its dependencies (Axon's auto-configuration, the JDBC
 * stack) out of the JVM of the test.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service whose executable jar is on the test class path and waits until it is ready. */
    public static ServiceProcess start(String service, List<String> arguments, Path logs) {
        int port = freePort();
        Path log = logs.resolve(service + ".log");
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-jar", executableJar(service),
                "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            ServiceProcess started = new ServiceProcess(service, builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Starting " + service + " failed", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during startup; "
                        + "see " + log);
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            pause();
        }
        close();
        throw new IllegalStateException(name + " was not ready after " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the path of {@code <service>-*-exec.jar}, which the test depends on. */
    private static String executableJar(String service) {
        try {
            for (URL manifest : Collections.list(ServiceProcess.class.getClassLoader()
                    .getResources("META-INF/MANIFEST.MF"))) {
                String path = manifest.getPath();
                int end = path.indexOf("!/");
                String jar = end < 0 ? path : path.substring(0, end);
                String file = jar.substring(jar.lastIndexOf('/') + 1);
                if (file.startsWith(service + "-") && file.endsWith("-exec.jar")) {
                    return Path.of(URI.create(jar)).toString();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No " + service + "-*-exec.jar on the test class path; build it with "
                + "'mvn -pl " + service + " -am install -DskipTests'");
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
