package io.tandem.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.OrderedMessageChannelDecorator;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends frames to one STOMP session. Frames go to the client outbound channel, the channel the
 * simple broker writes to as well: its thread pool writes to the socket, so a caller only queues
 * the frame and never waits for a slow client. Frames of one session keep the order in which they
 * were sent here, through one {@link OrderedMessageChannelDecorator} per session.
 */
@Component
class ClientFrames {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final MessageChannel clientOutboundChannel;
    private final Map<String, MessageChannel> sessions = new ConcurrentHashMap<>();

    /** Takes the channel lazily, because it is built from the configuration that needs this bean. */
    ClientFrames(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutboundChannel) {
        this.clientOutboundChannel = clientOutboundChannel;
    }

    /** Sends a MESSAGE frame with a JSON body to one subscription of a session. */
    void sendMessage(String sessionId, String subscriptionId, String destination, JsonNode body) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        send(sessionId, headers, write(body));
    }

    /** Sends the RECEIPT frame that a client asked for with the {@code receipt} header of a frame. */
    void sendReceipt(String sessionId, String receiptId) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(StompCommand.RECEIPT);
        headers.setSessionId(sessionId);
        headers.setReceiptId(receiptId);
        send(sessionId, headers, new byte[0]);
    }

    /** Sends an ERROR frame, after which Spring's STOMP handler closes the session. */
    void sendError(String sessionId, String message) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(StompCommand.ERROR);
        headers.setSessionId(sessionId);
        headers.setMessage(message);
        send(sessionId, headers, new byte[0]);
    }

    /** Starts sending to a session; frames for a session that was never opened or is closed are dropped. */
    void open(String sessionId) {
        sessions.computeIfAbsent(sessionId, id -> new OrderedMessageChannelDecorator(clientOutboundChannel,
                LogFactory.getLog(ClientFrames.class)));
    }

    /** Forgets a closed session. */
    void close(String sessionId) {
        sessions.remove(sessionId);
    }

    private void send(String sessionId, SimpMessageHeaderAccessor headers, byte[] payload) {
        // The ordering decorator adds a header to the message, so it must stay mutable.
        headers.setLeaveMutable(true);
        Message<byte[]> message = MessageBuilder.createMessage(payload, headers.getMessageHeaders());
        MessageChannel channel = sessions.get(sessionId);
        if (channel != null) {
            channel.send(message);
        }
    }

    private static byte[] write(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written as JSON", e);
        }
    }
}
