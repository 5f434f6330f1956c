package io.tandem.support.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the operations settings that every Tandem service shares (actuator endpoints, probes,
 * metrics, API docs, the log pattern) from {@value #DEFAULTS} as the property source of lowest
 * precedence. A service's application.yml, environment variables and command-line arguments all
 * override them. This runs before logging starts, so the log pattern applies from the first line.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    static final String DEFAULTS = "tandem-service-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(DEFAULTS)) {
            return;
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(DEFAULTS,
                    new ClassPathResource(DEFAULTS))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + DEFAULTS + " from the classpath", e);
        }
    }
}
