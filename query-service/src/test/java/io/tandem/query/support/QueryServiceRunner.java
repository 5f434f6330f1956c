package io.tandem.query.support;

import io.tandem.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts whole query services on a test database, for tests that stop and start them. */
public final class QueryServiceRunner {

    private QueryServiceRunner() {
    }

    /** Starts a query service with {@code extraBeans} registered beside the application's own beans. */
    public static ConfigurableApplicationContext start(QueryDatabase database, Class<?>... extraBeans) {
        Class<?>[] sources = new Class<?>[extraBeans.length + 1];
        sources[0] = QueryServiceApplication.class;
        System.arraycopy(extraBeans, 0, sources, 1, extraBeans.length);
        // Command-line arguments, because properties set on the builder rank below application.yml.
        String[] arguments = database.serviceProperties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(sources).run(arguments);
    }

    public static QueryClient client(ConfigurableApplicationContext context) {
        return new QueryClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
