package io.tandem.query.health;

import io.tandem.query.projection.PlanProjection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;

/**
 * Holds the projection's processor at its next event while the gate is closed, so that a test can
 * keep it behind the event store. It starts closed. Pass it as a source of a test's application only;
 * it has no stereotype annotation, so that component scanning never puts it into other contexts.
 */
public class ProjectionGate {

    private static final long MAX_HOLD_SECONDS = 60;

    private volatile CountDownLatch open = new CountDownLatch(1);

    public void close() {
        open = new CountDownLatch(1);
    }

    public void open() {
        open.countDown();
    }

    @Bean
    ConfigurerModule projectionGateInterceptor() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(PlanProjection.PROCESSING_GROUP,
                configuration -> gate());
    }

    private MessageHandlerInterceptor<EventMessage<?>> gate() {
        return (unitOfWork, chain) -> {
            open.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
            return chain.proceed();
        };
    }
}
