package io.tandem.systemtest;

import io.tandem.command.CommandServiceApplication;
import io.tandem.query.QueryServiceApplication;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * command-service and query-service started in this JVM on one new test database, each on a free port of
 * 127.0.0.1 and verifying tokens with the key pair of {@link TestTokens}.
 */
final class RunningServices implements AutoCloseable {

    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;

    private RunningServices(ConfigurableApplicationContext commandService,
                            ConfigurableApplicationContext queryService) {
        this.commandService = commandService;
        this.queryService = queryService;
    }

    static RunningServices start() {
        TestDatabase.Database database = TestDatabase.createDatabase();
        ConfigurableApplicationContext command = start(CommandServiceApplication.class, "command-service", database);
        try {
            return new RunningServices(command, start(QueryServiceApplication.class, "query-service", database));
        } catch (RuntimeException e) {
            command.close();
            throw e;
        }
    }

    /**
     * Starts one service with its own application.yml. Both service jars hold an application.yml at the
     * class path root and only the first on the class path would be found, so each service gets the file
     * from its own jar as spring.config.location. The settings of this test go in as command-line
     * arguments, because properties set on the builder rank below application.yml.
     */
    private static ConfigurableApplicationContext start(Class<?> application, String name,
                                                       TestDatabase.Database database) {
        List<String> arguments = List.of(
                "--spring.config.location=" + ownConfiguration(application),
                "--spring.application.name=" + name,
                // Logback is set up once per JVM, so both services' lines would carry the first one's name.
                "--logging.include-application-name=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--tandem.security.jwk-set-uri=",
                "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation());
        return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
    }

    /** Returns the location of the application.yml next to the class: in its jar or its classes folder. */
    private static String ownConfiguration(Class<?> application) {
        URL source = application.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path path = Path.of(source.toURI());
            return Files.isDirectory(path) ? path.resolve("application.yml").toUri().toString()
                    : "jar:" + path.toUri() + "!/application.yml";
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The code source of " + application.getName() + " is not a file: "
                    + source, e);
        }
    }

    String commandUrl() {
        return "http://127.0.0.1:" + port(commandService);
    }

    String queryUrl() {
        return "http://127.0.0.1:" + port(queryService);
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
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
