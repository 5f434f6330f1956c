package io.tandem.query.health;

import java.util.List;
import java.util.OptionalLong;

/**
 * The progress of one streaming event processor through the event store.
 *
 * @param processor          the processor's name
 * @param running            whether the processor runs
 * @param replaying          whether a segment replays events: after a token reset, or on a start without
 *                           a token, which Axon 4.13 begins with a replay up to the head of the event store
 * @param error              the error a segment is retrying after, or null
 * @param storedSegments     how many segments have a token in the token store, 0 before the first start
 * @param claimedHere        the segments that this instance processes
 * @param waitingForClaim    segments that no live instance has claimed yet
 * @param position           the lowest global index that the segments of this instance have processed,
 *                           0 before the first event; empty when this instance processes no segment
 * @param head               the highest global index in the event store, 0 when it is empty
 */
public record ProcessorProgress(String processor, boolean running, boolean replaying, String error,
                                int storedSegments, List<Integer> claimedHere, List<Integer> waitingForClaim,
                                OptionalLong position, long head) {

    /** Returns how many events the processor has still to process, or empty when this instance cannot tell. */
    public OptionalLong lag() {
        if (position.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, head - position.getAsLong()));
    }
}
