package io.tandem.query.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Publishes the live connections' meters: {@value #SESSIONS}, the STOMP sessions whose CONNECT was
 * accepted and that have not closed, and {@value #FRAMES_SENT}, the frames handed to the client
 * outbound channel, which writes them to the sockets, tagged with their STOMP {@code command}
 * (MESSAGE for change and presence frames). It watches Spring's session events and the outbound
 * channel, so the STOMP handling itself needs no metrics code.
 */
@Component
public class WebSocketMetrics implements ChannelInterceptor {

    static final String SESSIONS = "tandem.websocket.sessions";
    static final String FRAMES_SENT = "tandem.websocket.frames.sent";

    private final MeterRegistry registry;
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();

    public WebSocketMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(SESSIONS, sessions, Set::size)
                .description("Open STOMP sessions whose CONNECT was accepted")
                .register(registry);
    }

    @EventListener
    void connected(SessionConnectEvent event) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        if (sessionId != null) {
            sessions.add(sessionId);
        }
    }

    /** Spring may publish this more than once for a session; the set counts it once. */
    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        sessions.remove(event.getSessionId());
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception failure) {
        if (!sent) {
            return;
        }
        Counter.builder(FRAMES_SENT)
                .description("STOMP frames sent to clients")
                .tag("command", command(message))
                .register(registry)
                .increment();
    }

    /**
     * Returns the STOMP command that the frame is written as. Spring's broker builds messages of a
     * SimpMessageType, and its STOMP handler turns that type into a command only when it writes them.
     * Frames built as STOMP frames, such as RECEIPT and ERROR, carry their command already.
     */
    private static String command(Message<?> message) {
        SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
        if (type == SimpMessageType.MESSAGE) {
            return StompCommand.MESSAGE.name();
        }
        if (type == SimpMessageType.CONNECT_ACK) {
            return StompCommand.CONNECTED.name();
        }
        StompCommand command = StompHeaderAccessor.wrap(message).getCommand();
        if (command != null) {
            return command.name();
        }
        return type == null ? "OTHER" : type.name();
    }
}
