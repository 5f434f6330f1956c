package io.tandem.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tandem.command.CommandServiceApplication;
import io.tandem.plan.command.SetTier;
import io.tandem.testsupport.TestDatabase;
import io.tandem.testsupport.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** server.shutdown=graceful: a command that is being handled when shutdown starts still completes and is stored. */
class GracefulShutdownTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestDatabase.Database database = TestDatabase.createDatabase();

    @Test
    void completesCommandInFlightDuringShutdown() throws Exception {
        ConfigurableApplicationContext service = start();
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        HeldCommands heldCommands = service.getBean(HeldCommands.class);
        PlanApi api = new PlanApi(port);
        PlanApi.Response created = api.post(PlanApi.path(), Users.DANA, PlanRequests.CREATE_PLAN);
        String planId = created.body().path("plan_id").asText();

        CompletableFuture<PlanApi.Response> inFlight = CompletableFuture.supplyAsync(() ->
                api.put(PlanApi.path(planId, "tier"), Users.DANA, "{\"base_version\": 0, \"tier\": 2}"));
        assertThat(heldCommands.entered.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("command reached its handler")
                .isTrue();
        Thread shutdown = new Thread(service::close, "shutdown");
        shutdown.start();
        await().atMost(TIMEOUT).until(() -> !accepts(port));
        heldCommands.release.countDown();

        PlanApi.Response response = inFlight.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        shutdown.join(TIMEOUT.toMillis());
        assertThat(response.status()).as("in-flight response %s", response).isEqualTo(200);
        assertThat(response.version()).isEqualTo(1);
        assertThat(shutdown.isAlive()).as("shutdown still running").isFalse();
        assertThat(storedEvents(planId)).isEqualTo(2);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandServiceApplication.class, HeldCommands.class).run(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--tandem.security.public-key-location=" + TestTokens.get().publicKeyLocation(),
                "--server.address=127.0.0.1",
                "--server.port=0");
    }

    /** Returns whether the service still accepts new connections; graceful shutdown stops that first. */
    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private long storedEvents(String planId) {
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.url(), database.username(), database.password()));
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, planId);
    }

    /** Holds each SetTier command in its handler, inside its transaction, until the test releases it. */
    static class HeldCommands {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldCommands(CommandBus commandBus) {
            commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof SetTier) {
                    entered.countDown();
                    release.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
                return chain.proceed();
            });
        }
    }
}
