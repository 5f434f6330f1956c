package io.tandem.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Bearer-token security shared by the services. Tokens are verified either against an issuer's
 * JWK set ({@code tandem.security.jwk-set-uri}) or, on the embedded default, against the local
 * RSA public key that {@code ./tandem token} signs with ({@code tandem.security.public-key-location}).
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        ProblemWriter problems = new ProblemWriter(objectMapper);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
                        // Prometheus scrapes without a token; expose the actuator on its own port
                        // (MANAGEMENT_SERVER_PORT) where the API port is public.
                        .requestMatchers("/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, failure) -> problems.write(response,
                                unauthenticated(request.getHeader("Authorization") == null
                                        ? "A bearer token is required: send 'Authorization: Bearer <token>'."
                                        : "The bearer token is invalid: " + failure.getMessage())))
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                ProblemFactory.problem(ErrorCode.FORBIDDEN, null, denied.getMessage()))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> problems.write(response,
                                unauthenticated("A bearer token is required: send 'Authorization: Bearer <token>'."))));
        return http.build();
    }

    /**
     * Responds to URLs that Spring Security's firewall rejects (encoded slashes, semicolons, and the
     * like) with problem+json instead of the servlet container's error page.
     */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        ProblemWriter problems = new ProblemWriter(objectMapper);
        return (request, response, rejected) -> problems.write(response, ProblemFactory.problem(
                ErrorCode.INVALID_URL, null, "The request URL is not allowed: " + rejected.getMessage()));
    }

    private static ProblemDetail unauthenticated(String detail) {
        return ProblemFactory.problem(ErrorCode.UNAUTHENTICATED, null, detail);
    }

    @Bean
    public JwtDecoder jwtDecoder(@Value("${tandem.security.jwk-set-uri:}") String jwkSetUri,
                                 @Value("${tandem.security.public-key-location:}") Resource publicKey,
                                 @Value("${tandem.security.issuer:}") String issuer) throws Exception {
        NimbusJwtDecoder decoder;
        if (!jwkSetUri.isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (publicKey != null && publicKey.exists()) {
            decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(publicKey)).build();
        } else {
            throw new IllegalStateException("No token verification key: set TANDEM_JWT_JWK_SET_URI to an issuer's "
                    + "JWK set, or TANDEM_JWT_PUBLIC_KEY to a PEM public key (./tandem up creates one)");
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer.isBlank() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        validators.add(SecurityConfiguration::requireTandemClaims);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static OAuth2TokenValidatorResult requireTandemClaims(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the sub claim is missing", null));
        }
        String org = jwt.getClaimAsString(Actor.ORGANIZATION_CLAIM);
        if (org == null || org.isBlank()) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the org claim is missing", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    static RSAPublicKey readPublicKey(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(pem));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("Not a PEM RSA public key: " + resource.getDescription(), e);
        }
    }

    /** Writes problem+json from the security filters, which run before any controller advice. */
    private record ProblemWriter(ObjectMapper objectMapper) {

        void write(jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem) throws IOException {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            objectMapper.writeValue(response.getOutputStream(), problem);
        }
    }
}
