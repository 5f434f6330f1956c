package io.tandem.export.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.cli.replay.ReplayCommand;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * command-service and query-service on a new test database, each a process of its own, with the Kestrel
 * sample scenario (scenarios/kestrel-logistics.yaml) replayed through their REST API.
 */
public final class KestrelBackend implements AutoCloseable {

    /** The module's working directory is export-service/, so the scenarios folder is its sibling. */
    private static final Path KESTREL = Path.of("../scenarios/kestrel-logistics.yaml");
    private static final Pattern PLAN_LINE = Pattern.compile("(?m)^Plan (\\S+) \\(created by ");

    private final ServiceProcess commandService;
    private final ServiceProcess queryService;
    private final String planId;

    private KestrelBackend(ServiceProcess commandService, ServiceProcess queryService, String planId) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.planId = planId;
    }

    public static KestrelBackend start(Path logs) {
        TestDatabase.Database database = TestDatabase.createDatabase();
        List<String> arguments = List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--tandem.security.jwk-set-uri=",
                "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation());
        ServiceProcess command = ServiceProcess.start("command-service", arguments, logs);
        ServiceProcess query = null;
        try {
            query = ServiceProcess.start("query-service", arguments, logs);
            return new KestrelBackend(command, query, replay(command, query));
        } catch (RuntimeException | AssertionError e) {
            if (query != null) {
                query.close();
            }
            command.close();
            throw e;
        }
    }

    public String queryUrl() {
        return queryService.url();
    }

    public String planId() {
        return planId;
    }

    private static String replay(ServiceProcess command, ServiceProcess query) {
        Path keys = Path.of(URI.create(TestTokens.get().publicKeyLocation())).getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exitCode = ReplayCommand.run(new String[] {KESTREL.toString(), "--command-url", command.url(),
                "--query-url", query.url(), "--keys", keys.toString()}, print, print);
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isEqualTo(ReplayCommand.MATCHED);
        Matcher plan = PLAN_LINE.matcher(output);
        assertThat(plan.find()).as(output).isTrue();
        return plan.group(1);
    }

    @Override
    public void close() {
        try {
            queryService.close();
        } finally {
            commandService.close();
        }
    }
}
