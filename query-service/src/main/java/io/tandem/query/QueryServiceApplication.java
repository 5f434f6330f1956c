package io.tandem.query;

import io.tandem.support.AxonConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side: projections of the plans built from the event store, and the read REST API. */
@SpringBootApplication(scanBasePackages = {"io.tandem.query", "io.tandem.support"})
public class QueryServiceApplication {

    public static void main(String[] args) {
        AxonConfiguration.disableUpdateChecker();
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
