package io.tandem.query.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;

/**
 * Reads the progress of every streaming event processor from Axon: the positions of the segments
 * this instance processes from {@link StreamingEventProcessor#processingStatus()}, and the segments
 * nobody has claimed from the processor's {@link TokenStore}, without claiming any token.
 */
@Component
public class ProcessorProgressReader {

    private final Configuration axon;

    public ProcessorProgressReader(Configuration axon) {
        this.axon = axon;
    }

    public List<ProcessorProgress> readAll() {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        long head = head();
        List<ProcessorProgress> progress = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                progress.add(read(name, streaming, processing.tokenStore(name), head));
            }
        });
        return progress;
    }

    /** Returns the names of the streaming event processors. */
    public List<String> processorNames() {
        return axon.eventProcessingConfiguration().eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Returns the progress of one streaming event processor, or empty when there is none of that name. */
    public Optional<ProcessorProgress> read(String name) {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> read(name, processor, processing.tokenStore(name), head()));
    }

    private static ProcessorProgress read(String name, StreamingEventProcessor processor, TokenStore tokens,
                                          long head) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        List<Integer> claimedHere = statuses.stream().map(status -> status.getSegment().getSegmentId())
                .sorted().toList();
        List<Integer> waitingForClaim = tokens.fetchAvailableSegments(name).stream()
                .map(Segment::getSegmentId)
                .filter(segment -> !claimedHere.contains(segment))
                .sorted().toList();
        String error = statuses.stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError()))
                .findFirst().orElse(null);
        OptionalLong position = statuses.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(statuses.stream().mapToLong(status -> status.getCurrentPosition().orElse(0))
                        .min().orElse(0));
        return new ProcessorProgress(name, processor.isRunning(), processor.isReplaying(), error,
                tokens.fetchSegments(name).length, claimedHere, waitingForClaim, position, head);
    }

    /** Returns the highest global index in the event store, as Axon's head token states it. */
    private long head() {
        TrackingToken token = axon.eventStore().createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }
}
