package io.tandem.query.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets the WebSocket handshake of {@code /ws} through without a bearer token. Browsers cannot set
 * an Authorization header on a WebSocket handshake, so the token travels in the STOMP CONNECT frame
 * instead, where {@link StompAuthentication} verifies it before any other frame is accepted. This
 * chain comes before the shared bearer-token chain and matches nothing but {@code /ws}.
 */
@Configuration
class LiveSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain webSocketHandshake(HttpSecurity http) throws Exception {
        http.securityMatcher(LiveConfiguration.ENDPOINT)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
