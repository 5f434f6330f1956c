package io.tandem.query.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes {@value #LAG} (tag {@code processorName}, as on Axon's meters): how many events each
 * streaming event processor of this instance is behind the head of the event store, NaN while this
 * instance processes no segment.
 * Axon's own {@code eventProcessor.latency} gauge states the delay in time instead: the milliseconds
 * from the latest event's timestamp to when the processor took it in.
 */
@Component
class ProcessorLagMetrics {

    static final String LAG = "tandem.processor.lag";

    private final ProcessorProgressReader reader;
    private final MeterRegistry registry;

    ProcessorLagMetrics(ProcessorProgressReader reader, MeterRegistry registry) {
        this.reader = reader;
        this.registry = registry;
    }

    /** Registers the gauges once Axon has built its processors, which happens while the context starts. */
    @EventListener(ApplicationStartedEvent.class)
    void registerGauges() {
        for (String processor : reader.processorNames()) {
            Gauge.builder(LAG, () -> lag(processor))
                    .tag("processorName", processor)
                    .baseUnit("events")
                    .description("Events that the event processor has still to process")
                    .register(registry);
        }
    }

    private double lag(String processor) {
        OptionalLong lag = reader.read(processor).map(ProcessorProgress::lag).orElse(OptionalLong.empty());
        return lag.isPresent() ? lag.getAsLong() : Double.NaN;
    }
}
