package io.tandem.query.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Adds {@link WebSocketMetrics} to the client outbound channel. Spring applies every
 * WebSocketMessageBrokerConfigurer, so this adds to the STOMP configuration of the live package
 * without changing it, and does nothing where no message broker is enabled.
 */
@Configuration
class WebSocketMetricsConfiguration implements WebSocketMessageBrokerConfigurer {

    private final WebSocketMetrics metrics;

    WebSocketMetricsConfiguration(WebSocketMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(metrics);
    }
}
