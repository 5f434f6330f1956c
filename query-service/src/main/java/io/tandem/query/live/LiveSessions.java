package io.tandem.query.live;

import io.tandem.support.Actor;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Logs each authenticated connection when it opens and closes, and removes a closed connection's
 * subscriptions, presence and plan permissions. Spring may publish a disconnect more than once for
 * one session, so only the first is handled.
 */
@Component
class LiveSessions {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final PlanSubscriptions subscriptions;
    private final Presence presence;
    private final PlanMembership membership;
    private final ClientFrames client;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    LiveSessions(PlanSubscriptions subscriptions, Presence presence, PlanMembership membership,
                 ClientFrames client) {
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.membership = membership;
        this.client = client;
    }

    /** Spring publishes this only for a CONNECT that {@link StompAuthentication} accepted. */
    @EventListener
    void connected(SessionConnectEvent event) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        open.add(sessionId);
        Actor actor = actor(event.getUser());
        log.info("Live connection opened: user {} of {}, session {}", actor == null ? null : actor.userId(),
                actor == null ? null : actor.organization(), sessionId);
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        String sessionId = event.getSessionId();
        Set<String> plans = subscriptions.removeSession(sessionId);
        presence.removeSession(sessionId);
        membership.forget(sessionId);
        client.close(sessionId);
        if (open.remove(sessionId)) {
            Actor actor = actor(event.getUser());
            log.info("Live connection closed: user {}, session {}, plans {}, close status {}",
                    actor == null ? null : actor.userId(), sessionId, plans, event.getCloseStatus().getCode());
        }
    }

    private static Actor actor(Principal user) {
        return user instanceof JwtAuthenticationToken token ? Actor.from(token.getToken()) : null;
    }
}
