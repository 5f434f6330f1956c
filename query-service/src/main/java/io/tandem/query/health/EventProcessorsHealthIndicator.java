package io.tandem.query.health;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.SimpleStatusAggregator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code eventProcessors} health component, part of the readiness probe: the read side is ready
 * while each streaming event processor runs, is not replaying, and is at most
 * {@code tandem.readiness.max-lag} events behind the event store. In Axon 4.13 a tracking processor
 * that starts without a token replays up to the head of the event store. So a rebuild after the
 * tokens were deleted keeps the service out of rotation until the processor has caught up, and the
 * lag threshold covers every other delay.
 * Each processor's details are flat, so that {@code ./tandem status} can read them with sed.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(EventProcessorsHealthIndicator.class);
    /** Actuator's default order: DOWN, OUT_OF_SERVICE, UP, UNKNOWN; the first one present wins. */
    private static final SimpleStatusAggregator STATUSES = new SimpleStatusAggregator();

    private final ProcessorProgressReader reader;
    private final long maxLag;
    private final Map<String, Status> lastStatus = new ConcurrentHashMap<>();

    EventProcessorsHealthIndicator(ProcessorProgressReader reader, ReadinessProperties properties) {
        super("Reading the progress of the event processors failed");
        this.reader = reader;
        this.maxLag = properties.maxLag();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ProcessorProgress> all = reader.readAll();
        Set<Status> statuses = new HashSet<>();
        Map<String, Object> processors = new LinkedHashMap<>();
        for (ProcessorProgress progress : all) {
            Verdict verdict = judge(progress);
            statuses.add(verdict.status());
            processors.put(progress.processor(), details(progress, verdict));
            logChange(progress, verdict);
        }
        builder.status(all.isEmpty() ? Status.UP : STATUSES.getAggregateStatus(statuses))
                .withDetail("maxLag", maxLag)
                .withDetail("processors", processors);
    }

    private record Verdict(Status status, String reason) {
    }

    private Verdict judge(ProcessorProgress progress) {
        if (!progress.running()) {
            return new Verdict(Status.DOWN, "not running");
        }
        if (progress.error() != null) {
            return new Verdict(Status.DOWN, "retrying after an error: " + progress.error());
        }
        if (progress.replaying()) {
            String behind = progress.lag().isPresent() ? ", " + progress.lag().getAsLong() + " events behind" : "";
            return new Verdict(Status.OUT_OF_SERVICE, "replaying events" + behind);
        }
        if (progress.storedSegments() == 0) {
            return new Verdict(Status.OUT_OF_SERVICE, "no token stored yet");
        }
        if (!progress.waitingForClaim().isEmpty()) {
            return new Verdict(Status.OUT_OF_SERVICE, "segments " + progress.waitingForClaim() + " not claimed yet");
        }
        if (progress.lag().isEmpty()) {
            return new Verdict(Status.UNKNOWN, "another instance processes every segment");
        }
        long lag = progress.lag().getAsLong();
        if (lag > maxLag) {
            return new Verdict(Status.OUT_OF_SERVICE,
                    lag + " events behind, more than tandem.readiness.max-lag " + maxLag);
        }
        return new Verdict(Status.UP, null);
    }

    private static Map<String, Object> details(ProcessorProgress progress, Verdict verdict) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", verdict.status().getCode());
        details.put("running", progress.running());
        details.put("replaying", progress.replaying());
        progress.lag().ifPresent(lag -> details.put("lag", lag));
        progress.position().ifPresent(position -> details.put("position", position));
        details.put("head", progress.head());
        details.put("segments", progress.claimedHere());
        if (verdict.reason() != null) {
            details.put("reason", verdict.reason());
        }
        return details;
    }

    /** Logs when a processor's readiness changes, as the probes observe it. */
    private void logChange(ProcessorProgress progress, Verdict verdict) {
        Status previous = lastStatus.put(progress.processor(), verdict.status());
        if (verdict.status().equals(previous)) {
            return;
        }
        if (verdict.status().equals(Status.UP)) {
            log.info("Event processor {} is ready: {} events behind the event store", progress.processor(),
                    progress.lag().orElse(0));
        } else {
            log.warn("Event processor {} is {}: {}", progress.processor(), verdict.status().getCode(),
                    verdict.reason());
        }
    }
}
