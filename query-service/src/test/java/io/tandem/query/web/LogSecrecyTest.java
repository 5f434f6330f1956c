package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.testsupport.TestTokens;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The log of a read names its user and plan but never its bearer token, not even with Spring
 * Security and Spring MVC logging at DEBUG, and not for a token that the service rejects.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogSecrecyTest extends RunningQueryService {

    private static final String[] VERBOSE_LOGGERS = {"org.springframework.security", "org.springframework.web",
            "io.tandem"};

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @Autowired
    private DataSource dataSource;

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
        String token = TestTokens.get().token("dana.ruiz", "altura");
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", "altura", "meridian",
                Instant.parse("2026-06-02T09:00:00Z"));
        new EventAppender(dataSource).append(plan.events());
        client.awaitPlan(plan.planId(), token, 0);

        assertThat(output.getAll()).contains("user_id=dana.ruiz plan_id=" + plan.planId());
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(claims(token));
    }

    @Test
    void doesNotLogRejectedTokens(CapturedOutput output) {
        String token = TestTokens.get().token("dana.ruiz", "altura");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "forgedsignature";
        for (String rejected : new String[] {forged, "not-a-jwt"}) {
            assertThat(client.get("/api/plans", rejected).status()).as("response to %s", rejected).isEqualTo(401);
        }

        assertThat(output.getAll()).contains("Failed to authenticate");
        assertThat(output.getAll()).doesNotContain(forged).doesNotContain(claims(token)).doesNotContain("not-a-jwt");
    }

    /** Returns the encoded claims, the part between the two dots. */
    private static String claims(String token) {
        return token.substring(token.indexOf('.') + 1, token.lastIndexOf('.'));
    }
}
