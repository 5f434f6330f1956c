package io.tandem.cli.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tandem.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path keys;

    @Test
    void tokenVerifiesAgainstPublicKeyFile() throws Exception {
        LocalKeys.loadOrCreate(keys);

        SignedJWT jwt = SignedJWT.parse(mint("maya.chen", "--org", "brightwell", "--keys", keys.toString()));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(readPublicKey(keys.resolve(LocalKeys.PUBLIC_KEY_FILE))))).isTrue();
    }

    @Test
    void tokenFailsVerificationWithOtherKey() throws Exception {
        LocalKeys.loadOrCreate(keys);

        SignedJWT jwt = SignedJWT.parse(mint("maya.chen", "--org", "brightwell", "--keys", keys.toString()));

        var otherKey = (RSAPublicKey) LocalKeys.generate().getPublic();
        assertThat(jwt.verify(new RSASSAVerifier(otherKey))).isFalse();
    }

    @Test
    void tokenCarriesUserNameOrganizationAndLifetime() throws Exception {
        LocalKeys.loadOrCreate(keys);
        Instant before = Instant.now().minusSeconds(1);

        JWTClaimsSet claims = SignedJWT.parse(mint("ravi.shah", "--org", "castellan", "--name", "Ravi Shah",
                "--hours", "3", "--keys", keys.toString())).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("ravi.shah");
        assertThat(claims.getStringClaim("name")).isEqualTo("Ravi Shah");
        assertThat(claims.getStringClaim("org")).isEqualTo("castellan");
        assertThat(claims.getIssuer()).isEqualTo(TokenMinter.ISSUER);
        assertThat(claims.getIssueTime().toInstant()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void nameDefaultsToUserId() throws Exception {
        LocalKeys.loadOrCreate(keys);

        JWTClaimsSet claims = SignedJWT.parse(mint("felix.arndt", "--org", "brightwell", "--keys", keys.toString()))
                .getJWTClaimsSet();

        assertThat(claims.getStringClaim("name")).isEqualTo("felix.arndt");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(TokenCommand.DEFAULT_HOURS));
    }

    @Test
    void emptyUserIdIsRejected() throws Exception {
        LocalKeys.loadOrCreate(keys);

        assertThatThrownBy(() -> mint(" ", "--org", "altura", "--keys", keys.toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("must not be empty");
    }

    @Test
    void missingOrganizationIsRejected() throws Exception {
        LocalKeys.loadOrCreate(keys);

        assertThatThrownBy(() -> mint("maya.chen", "--keys", keys.toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("Missing --org");
    }

    @Test
    void missingKeysNameTheCommandToRun() {
        Path empty = keys.resolve("none");

        assertThatThrownBy(() -> mint("maya.chen", "--org", "brightwell", "--keys", empty.toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(empty.toAbsolutePath().toString())
                .hasMessageContaining("./tandem up")
                .hasMessageContaining("keys --dir");
    }

    @Test
    void hoursOutsideRangeAreRejected() throws Exception {
        LocalKeys.loadOrCreate(keys);

        assertThatThrownBy(() -> mint("maya.chen", "--org", "brightwell", "--hours", "0", "--keys", keys.toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--hours '0'");
    }

    /** Reads the PEM file with the JDK alone, so the check does not reuse the code under test. */
    private static RSAPublicKey readPublicKey(Path pemFile) throws Exception {
        String base64 = Files.readString(pemFile)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
    }

    private static String mint(String... args) throws Exception {
        var output = new ByteArrayOutputStream();
        int exitCode = TokenCommand.run(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isZero();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).endsWith("\n");
        return printed.strip();
    }
}
