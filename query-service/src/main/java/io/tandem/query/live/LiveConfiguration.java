package io.tandem.query.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws}, with Spring's simple broker for the connection itself
 * (CONNECT, CONNECTED, DISCONNECT). Every SUBSCRIBE, UNSUBSCRIBE and SEND is handled by
 * {@link DestinationRouter} on the thread that read it from the socket, so a client's frames take
 * effect in the order it sent them.
 *
 * <p>The broker sends no heart-beats: a connection that dies without a close is noticed when a
 * write to it fails, and its viewer leaves the presence list after the presence timeout.
 */
@Configuration
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final LiveProperties properties;
    private final StompAuthentication authentication;
    private final DestinationRouter router;
    private final OutboundWrites outboundWrites;

    LiveConfiguration(LiveProperties properties, StompAuthentication authentication, DestinationRouter router,
                      OutboundWrites outboundWrites) {
        this.properties = properties;
        this.authentication = authentication;
        this.router = router;
        this.outboundWrites = outboundWrites;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT)
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker(Destinations.TOPIC_PREFIX);
        registry.setApplicationDestinationPrefixes(Destinations.APP_PREFIX);
        // Needed by ClientFrames: it keeps each session's frames in the order they were sent.
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(authentication, router);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(outboundWrites);
    }
}
