package io.tandem.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Section;
import io.tandem.support.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Handles the client frames that name a destination, after {@link StompAuthentication}:
 * <ul>
 *   <li>SUBSCRIBE {@code /topic/plans/{planId}}, with an optional {@code since-version} header;</li>
 *   <li>SUBSCRIBE {@code /topic/plans/{planId}/presence};</li>
 *   <li>SEND {@code /app/plans/{planId}/presence} with {@code {"section": ...}};</li>
 *   <li>UNSUBSCRIBE of either subscription.</li>
 * </ul>
 * It consumes these frames, so they never reach the broker, and rejects every other destination and
 * every frame about a plan that the user's organization is not a member of. CONNECT, DISCONNECT and
 * heart-beats pass on to the broker.
 */
@Component
class DestinationRouter implements ChannelInterceptor {

    static final String SINCE_VERSION_HEADER = "since-version";

    private static final Logger log = LoggerFactory.getLogger(DestinationRouter.class);
    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final Set<String> SECTIONS = Arrays.stream(Section.values())
            .map(section -> JSON.valueToTree(section).asText())
            .collect(Collectors.toUnmodifiableSet());

    private final PlanMembership membership;
    private final PlanSubscriptions subscriptions;
    private final Presence presence;
    private final ClientFrames client;
    private final LiveProperties properties;
    private final OutboundWrites outboundWrites;

    DestinationRouter(PlanMembership membership, PlanSubscriptions subscriptions, Presence presence,
                      ClientFrames client, LiveProperties properties, OutboundWrites outboundWrites) {
        this.membership = membership;
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.client = client;
        this.properties = properties;
        this.outboundWrites = outboundWrites;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        try {
            return route(accessor, message);
        } catch (StompRejectedException e) {
            // Spring sends the ERROR frame and closes as soon as this returns, so a frame still being
            // written to the session would otherwise make it drop the ERROR frame.
            outboundWrites.awaitIdle(accessor.getSessionId());
            throw e;
        }
    }

    private Message<?> route(StompHeaderAccessor accessor, Message<?> message) {
        switch (accessor.getCommand()) {
            case SUBSCRIBE -> subscribe(accessor);
            case UNSUBSCRIBE -> unsubscribe(accessor);
            case SEND -> send(accessor, message.getPayload());
            case ACK, NACK, BEGIN, COMMIT, ABORT -> throw new StompRejectedException(
                    accessor.getCommand() + " is not supported: subscriptions need no acknowledgement");
            default -> {
                return message;
            }
        }
        return null;
    }

    private void subscribe(StompHeaderAccessor accessor) {
        Actor actor = actor(accessor);
        String destination = accessor.getDestination();
        String subscriptionId = accessor.getSubscriptionId();
        if (subscriptionId == null || subscriptionId.isBlank()) {
            throw new StompRejectedException("SUBSCRIBE needs an id header");
        }
        Optional<String> changesOf = Destinations.changesOf(destination);
        Optional<String> presenceOf = Destinations.presenceOf(destination);
        String planId = changesOf.or(() -> presenceOf).orElseThrow(() -> reject(actor, destination, null,
                "Unknown destination " + destination + ": subscribe to /topic/plans/{planId} or "
                        + "/topic/plans/{planId}/presence"));
        String sessionId = accessor.getSessionId();
        PlanState plan = requireMember(sessionId, planId, actor, destination);
        client.open(sessionId);
        if (presenceOf.isPresent()) {
            presence.subscribe(planId, sessionId, subscriptionId, accessor.getReceipt());
            return;
        }
        Long sinceVersion = sinceVersion(accessor, actor, plan);
        subscriptions.subscribe(sessionId, subscriptionId, planId, actor, sinceVersion, accessor.getReceipt());
        log.debug("Plan {}: user {} subscribed with since-version {}, session {}", planId, actor.userId(),
                sinceVersion, sessionId);
    }

    /**
     * Reads the optional since-version, where -1 requests the whole history. A client more than
     * {@code tandem.live.max-catch-up} versions behind the projection is rejected, because reloading
     * the plan over REST costs less than sending every change since.
     */
    private Long sinceVersion(StompHeaderAccessor accessor, Actor actor, PlanState plan) {
        String header = accessor.getFirstNativeHeader(SINCE_VERSION_HEADER);
        if (header == null) {
            return null;
        }
        long sinceVersion;
        try {
            sinceVersion = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            sinceVersion = -2;
        }
        if (sinceVersion < -1) {
            throw reject(actor, accessor.getDestination(), plan.planId(), "Invalid since-version '" + header
                    + "': expected a plan version, or -1 for every change");
        }
        long behind = plan.version() - sinceVersion;
        if (behind > properties.maxCatchUp()) {
            throw reject(actor, accessor.getDestination(), plan.planId(), "since-version " + sinceVersion
                    + " is " + behind + " versions behind the plan's version " + plan.version()
                    + ", more than the maximum catch-up of " + properties.maxCatchUp() + "; read the plan with "
                    + "GET /api/plans/" + plan.planId() + " and subscribe with its version");
        }
        return sinceVersion;
    }

    private void unsubscribe(StompHeaderAccessor accessor) {
        String sessionId = accessor.getSessionId();
        String subscriptionId = accessor.getSubscriptionId();
        if (!subscriptions.unsubscribe(sessionId, subscriptionId)) {
            presence.unsubscribe(sessionId, subscriptionId);
        }
        if (accessor.getReceipt() != null) {
            client.open(sessionId);
            client.sendReceipt(sessionId, accessor.getReceipt());
        }
    }

    private void send(StompHeaderAccessor accessor, Object payload) {
        Actor actor = actor(accessor);
        String destination = accessor.getDestination();
        String planId = Destinations.presenceUpdateOf(destination).orElseThrow(() -> new StompRejectedException(
                "Unknown destination " + destination + ": clients send only to /app/plans/{planId}/presence"));
        String sessionId = accessor.getSessionId();
        try {
            membership.requireAllowed(sessionId, planId, actor);
        } catch (StompRejectedException e) {
            log.info("Plan {}: rejected presence of user {}: not a member or no such plan, session {}", planId,
                    actor.userId(), sessionId);
            throw e;
        }
        presence.update(planId, sessionId, actor, section(payload));
        if (accessor.getReceipt() != null) {
            client.open(sessionId);
            client.sendReceipt(sessionId, accessor.getReceipt());
        }
    }

    /** Reads {@code {"section": "<section or null>"}}; an empty body counts as null. */
    private static String section(Object payload) {
        String body = payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : "";
        if (body.isBlank()) {
            return null;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new StompRejectedException("The presence body is not JSON: " + e.getOriginalMessage());
        }
        JsonNode section = json.path("section");
        if (!json.isObject() || !(section.isMissingNode() || section.isNull() || section.isTextual())) {
            throw new StompRejectedException("The presence body must be {\"section\": \"<section or null>\"}");
        }
        if (section.isTextual() && !SECTIONS.contains(section.asText())) {
            throw new StompRejectedException("Unknown section '" + section.asText() + "'; the sections are "
                    + String.join(", ", SECTIONS.stream().sorted().toList()));
        }
        return section.isTextual() ? section.asText() : null;
    }

    private PlanState requireMember(String sessionId, String planId, Actor actor, String destination) {
        try {
            return membership.requireMember(sessionId, planId, actor);
        } catch (StompRejectedException e) {
            throw reject(actor, destination, planId, e.getMessage());
        }
    }

    private static StompRejectedException reject(Actor actor, String destination, String planId, String reason) {
        log.info("Rejected subscription of user {} of {} to {} (plan {}): {}", actor.userId(),
                actor.organization(), destination, planId, reason);
        return new StompRejectedException(reason);
    }

    private static Actor actor(StompHeaderAccessor accessor) {
        if (accessor.getUser() instanceof JwtAuthenticationToken token) {
            return Actor.from(token.getToken());
        }
        throw new StompRejectedException("Not connected: send CONNECT with the header 'Authorization: Bearer "
                + "<token>' first");
    }
}
