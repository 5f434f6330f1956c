package io.tandem.query.health;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Readiness settings of query-service.
 *
 * @param maxLag how many events an event processor may be behind the head of the event store
 *               while the service still reports ready
 */
@ConfigurationProperties("tandem.readiness")
public record ReadinessProperties(long maxLag) {

    public ReadinessProperties {
        if (maxLag < 0) {
            throw new IllegalArgumentException("tandem.readiness.max-lag must be 0 or more, not " + maxLag);
        }
    }
}
