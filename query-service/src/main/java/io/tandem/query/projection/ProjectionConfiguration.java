package io.tandem.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ProjectionConfiguration {

    /**
     * Makes a failing projection handler roll back its batch, token included, so the processor
     * retries it with back-off. Axon 4.13's default, LoggingErrorHandler, logs the error and skips
     * the event, which would leave the plan's row behind its events for good.
     */
    @Bean
    ConfigurerModule planProjectionErrorHandling() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                PlanProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
