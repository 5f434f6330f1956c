package io.tandem.query.live;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Counts, per session, the frames that the client outbound channel is writing to the socket right
 * now, so a rejection can wait for them before Spring sends its ERROR frame and closes.
 *
 * <p>Spring's session decorator (ConcurrentWebSocketSessionDecorator, Spring 6.2) queues a frame
 * when another thread is still writing to the same session, and drops what is queued once the
 * session closes. A frame rejected right after CONNECTED could therefore lose its ERROR frame to
 * the thread that is just finishing the CONNECTED frame, and the client would see only the close.
 */
@Component
class OutboundWrites implements ExecutorChannelInterceptor {

    /**
     * Ample for finishing a frame to a responsive client (an estimate, not measured); a stalled
     * client only delays its own rejection by this much.
     */
    private static final Duration MAX_WAIT = Duration.ofMillis(500);

    private final Map<String, Integer> writing = new ConcurrentHashMap<>();

    @Override
    public Message<?> beforeHandle(Message<?> message, MessageChannel channel, MessageHandler handler) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (sessionId != null) {
            writing.merge(sessionId, 1, Integer::sum);
        }
        return message;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception failure) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (sessionId != null) {
            writing.computeIfPresent(sessionId, (id, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Waits until no frame is being written to the session, for at most {@link #MAX_WAIT}. */
    void awaitIdle(String sessionId) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (sessionId != null && writing.containsKey(sessionId) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
