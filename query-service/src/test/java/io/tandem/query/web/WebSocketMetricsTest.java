package io.tandem.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.testsupport.TestTokens;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** The meters of the live connections: open STOMP sessions and the frames sent to them. */
class WebSocketMetricsTest extends RunningQueryService {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MeterRegistry meters;

    @Test
    void countsSessionsAndFramesSent() throws Exception {
        String owner = "altura-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.get().token("dana.ruiz", owner);
        PlanTimeline plan = PlanTimeline.create("dana.ruiz", owner, "meridian",
                Instant.parse("2026-06-02T09:00:00Z"));
        EventAppender events = new EventAppender(dataSource);
        events.append(plan.events());
        client.awaitPlan(plan.planId(), token, 0);
        double messagesBefore = framesSent("MESSAGE");

        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setTaskScheduler(scheduler);
        stomp.setDefaultHeartbeat(new long[] {0, 0});
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        StompSession session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", new WebSocketHttpHeaders(),
                connect, new StompSessionHandlerAdapter() { }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        try {
            BlockingQueue<Object> frames = subscribe(session, "/topic/plans/" + plan.planId());
            assertThat(sessions()).isEqualTo(1);

            events.append(plan.by("dana.ruiz", owner).then(id -> new TierSet(id, 2)).eventsAfter(0));
            assertThat(frames.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("change frame").isNotNull();

            await().atMost(TIMEOUT).until(() -> framesSent("MESSAGE") > messagesBefore);
            assertThat(framesSent("CONNECTED")).isPositive();
            assertThat(framesSent("RECEIPT")).isPositive();
        } finally {
            session.disconnect();
            stomp.stop();
            scheduler.shutdown();
        }
        await().atMost(TIMEOUT).until(() -> sessions() == 0);
    }

    private BlockingQueue<Object> subscribe(StompSession session, String destination) throws InterruptedException {
        BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setReceipt("subscribed");
        CountDownLatch receipt = new CountDownLatch(1);
        session.setAutoReceipt(false);
        session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders frameHeaders) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders frameHeaders, Object payload) {
                frames.add(payload);
            }
        }).addReceiptTask(receipt::countDown);
        assertThat(receipt.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("RECEIPT for SUBSCRIBE").isTrue();
        return frames;
    }

    private double sessions() {
        return meters.get("tandem.websocket.sessions").gauge().value();
    }

    private double framesSent(String command) {
        var counter = meters.find("tandem.websocket.frames.sent").tag("command", command).counter();
        return counter == null ? 0 : counter.count();
    }
}
