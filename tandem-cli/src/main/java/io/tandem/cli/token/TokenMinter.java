package io.tandem.cli.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs bearer tokens with the local private key: {@code sub} is the user id, {@code name} the
 * display name and {@code org} the organization, the claims the services read.
 */
public final class TokenMinter {

    public static final String ISSUER = "tandem-local";

    private final KeyPair keys;

    public TokenMinter(KeyPair keys) {
        this.keys = keys;
    }

    public String mint(String userId, String name, String organization, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId)
                .claim("name", name == null ? userId : name)
                .claim("org", organization)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the token failed", e);
        }
        return jwt.serialize();
    }
}
