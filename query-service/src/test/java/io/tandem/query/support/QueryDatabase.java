package io.tandem.query.support;

import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new empty PostgreSQL database for one test class, and the settings a query service needs for it. */
public final class QueryDatabase {

    private final TestDatabase.Database database = TestDatabase.createDatabase();

    /** Returns a plain data source; each call of getConnection opens a new connection. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(database.url(), database.username(), database.password());
    }

    /** Applies the query service's migrations, for tests that run without a Spring context. */
    public DataSource migrated() {
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/eventstore", "classpath:db/query")
                .table("flyway_history_query")
                .load()
                .migrate();
        return dataSource();
    }

    /** Returns the Spring properties that point a query service at this database, on a random local port. */
    public Map<String, Object> serviceProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("tandem.security.public-key-location", TestTokens.get().publicKeyLocation());
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        return properties;
    }
}
