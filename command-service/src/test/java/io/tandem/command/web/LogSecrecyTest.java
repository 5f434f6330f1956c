package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;

/**
 * The log of a request names its user and plan but never its bearer token, not even with Spring
 * Security and Spring MVC logging at DEBUG, and not for a token that the service rejects.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogSecrecyTest extends CommandApiTest {

    private static final String[] VERBOSE_LOGGERS = {"org.springframework.security", "org.springframework.web",
            "io.tandem", "org.axonframework"};

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void logVerbosely() {
        for (String logger : VERBOSE_LOGGERS) {
            logging.setLogLevel(logger, LogLevel.DEBUG);
        }
    }

    @AfterEach
    void restoreLogLevels() {
        for (String logger : VERBOSE_LOGGERS) {
            logging.setLogLevel(logger, null);
        }
    }

    @Test
    void logsUserAndPlanButNotToken(CapturedOutput output) {
        String planId = createPlan();
        PlanApi.Response rejected = api.put(PlanApi.path(planId, "tier"), Users.DANA,
                "{\"base_version\": 0, \"tier\": 9}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(output.getAll()).contains("user_id=dana.ruiz plan_id=" + planId);
        assertThat(output.getAll()).contains("Rejected with INVALID_FIELD");
        assertThat(output.getAll()).doesNotContain(Users.DANA).doesNotContain(claims(Users.DANA))
                .doesNotContain(signature(Users.DANA));
    }

    @Test
    void doesNotLogRejectedTokens(CapturedOutput output) {
        String forged = Users.DANA.substring(0, Users.DANA.lastIndexOf('.') + 1) + "forgedsignature";
        String malformed = TestTokens.get().token("dana.ruiz", Users.OWNER).replace('.', '!');
        for (String token : new String[] {forged, malformed, "not-a-jwt"}) {
            PlanApi.Response response = api.send(HttpMethod.PUT, PlanApi.path("p1", "tier"), token,
                    "{\"base_version\": 0, \"tier\": 2}");
            assertThat(response.status()).as("response to token %s", token).isEqualTo(401);
        }

        assertThat(output.getAll()).contains("Failed to authenticate");
        assertThat(output.getAll()).doesNotContain(forged).doesNotContain(claims(Users.DANA))
                .doesNotContain(malformed).doesNotContain("not-a-jwt");
    }

    /** Returns the encoded claims, the part between the two dots. */
    private static String claims(String token) {
        return token.substring(token.indexOf('.') + 1, token.lastIndexOf('.'));
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
