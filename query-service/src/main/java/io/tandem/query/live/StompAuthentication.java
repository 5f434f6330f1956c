package io.tandem.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates STOMP CONNECT frames with the bearer token of their {@code Authorization} header,
 * verified by the same {@link JwtDecoder} as the REST API, and makes the token's user the session's
 * principal. Spring keeps that principal for every later frame of the session. A missing, malformed,
 * expired or wrongly signed token is rejected, and so is any frame of a session without a principal.
 *
 * <p>NOTE: the token is checked once per connection, so a connection stays open after its token
 * expires. Membership, the only permission it grants, never changes for a plan.
 */
@Component
class StompAuthentication implements ChannelInterceptor {

    static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String BEARER_PREFIX = "Bearer ";

    private static final Logger log = LoggerFactory.getLogger(StompAuthentication.class);

    private final JwtDecoder jwtDecoder;

    StompAuthentication(JwtDecoder jwtDecoder) {
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null) {
            return message;
        }
        if (StompCommand.CONNECT.equals(accessor.getCommand()) || StompCommand.STOMP.equals(accessor.getCommand())) {
            accessor.setUser(authenticate(accessor));
        } else if (accessor.getMessageType() != SimpMessageType.HEARTBEAT
                && accessor.getMessageType() != SimpMessageType.DISCONNECT
                && !(accessor.getUser() instanceof JwtAuthenticationToken)) {
            throw new StompRejectedException("Not connected: send CONNECT with the header 'Authorization: Bearer "
                    + "<token>' first");
        }
        return message;
    }

    private JwtAuthenticationToken authenticate(StompHeaderAccessor accessor) {
        String header = accessor.getFirstNativeHeader(AUTHORIZATION_HEADER);
        if (header == null || header.isBlank()) {
            log.info("Live connection rejected: no bearer token, session {}", accessor.getSessionId());
            throw new StompRejectedException("A bearer token is required: send the CONNECT header "
                    + "'Authorization: Bearer <token>'");
        }
        if (!header.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            log.info("Live connection rejected: Authorization header is not a bearer token, session {}",
                    accessor.getSessionId());
            throw new StompRejectedException("The Authorization header must be 'Bearer <token>'");
        }
        try {
            Jwt jwt = jwtDecoder.decode(header.substring(BEARER_PREFIX.length()).strip());
            return new JwtAuthenticationToken(jwt);
        } catch (JwtException e) {
            log.info("Live connection rejected: invalid bearer token ({}), session {}", e.getMessage(),
                    accessor.getSessionId());
            throw new StompRejectedException("The bearer token is invalid: " + e.getMessage());
        }
    }
}
