package io.tandem.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Spring's STOMP client over a real WebSocket to a query service on 127.0.0.1, with what tests need:
 * connections that record ERROR frames and their close, and subscriptions that queue their frames.
 */
final class StompTestClient implements AutoCloseable {

    /** How long a test waits for a frame, a receipt or a close. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
    private final String url;

    StompTestClient(int port) {
        this.url = "ws://127.0.0.1:" + port + "/ws";
        scheduler.setThreadNamePrefix("stomp-test-");
        scheduler.initialize();
        stomp.setTaskScheduler(scheduler);
        stomp.setDefaultHeartbeat(new long[] {0, 0});
    }

    /** Connects with a bearer token and waits for CONNECTED. */
    Connection connect(String token) {
        Connection connection = open(token);
        connection.awaitConnected();
        return connection;
    }

    /** Starts connecting with a bearer token, or without an Authorization header when null. */
    Connection open(String token) {
        return openWithHeader(token == null ? null : "Bearer " + token);
    }

    /** Starts connecting with the given Authorization header value, or none when null. */
    Connection openWithHeader(String authorization) {
        StompHeaders connectHeaders = new StompHeaders();
        if (authorization != null) {
            connectHeaders.add("Authorization", authorization);
        }
        Connection connection = new Connection();
        connection.future = stomp.connectAsync(url, new WebSocketHttpHeaders(), connectHeaders, connection);
        return connection;
    }

    @Override
    public void close() {
        stomp.stop();
        scheduler.shutdown();
    }

    /** One STOMP connection: its session once connected, the ERROR frames it got, and whether it closed. */
    static final class Connection implements StompSessionHandler, AutoCloseable {

        private CompletableFuture<StompSession> future;
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private final CountDownLatch closed = new CountDownLatch(1);

        StompSession awaitConnected() {
            try {
                return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new AssertionError("No CONNECTED within " + TIMEOUT + "; ERROR frames: " + errors, e);
            }
        }

        /** Subscribes and waits for the service's RECEIPT, so the subscription is in place on return. */
        Frames subscribe(String destination, Long sinceVersion) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            if (sinceVersion != null) {
                headers.add("since-version", Long.toString(sinceVersion));
            }
            headers.setReceipt("subscribed-" + System.nanoTime());
            Frames frames = new Frames();
            CountDownLatch receipt = new CountDownLatch(1);
            awaitConnected().subscribe(headers, frames).addReceiptTask(receipt::countDown);
            await(receipt, "RECEIPT for SUBSCRIBE " + destination);
            return frames;
        }

        /** Subscribes without waiting, for subscriptions that the service rejects. */
        Frames subscribeUnconfirmed(String destination, Long sinceVersion) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            if (sinceVersion != null) {
                headers.add("since-version", Long.toString(sinceVersion));
            }
            Frames frames = new Frames();
            awaitConnected().subscribe(headers, frames);
            return frames;
        }

        /** Sends a presence message and waits for its RECEIPT. */
        void sendPresence(String planId, String section) {
            sendAndConfirm("/app/plans/" + planId + "/presence",
                    section == null ? "{\"section\":null}" : "{\"section\":\"" + section + "\"}");
        }

        void sendAndConfirm(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            headers.setReceipt("sent-" + System.nanoTime());
            CountDownLatch receipt = new CountDownLatch(1);
            awaitConnected().send(headers, body.getBytes(StandardCharsets.UTF_8)).addReceiptTask(receipt::countDown);
            await(receipt, "RECEIPT for SEND " + destination);
        }

        void send(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            awaitConnected().send(headers, body.getBytes(StandardCharsets.UTF_8));
        }

        /** Returns the message header of the next ERROR frame. */
        String awaitError() {
            try {
                String error = errors.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(error).as("ERROR frame within " + TIMEOUT).isNotNull();
                return error;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for an ERROR frame", e);
            }
        }

        void awaitClosed() {
            await(closed, "connection close");
        }

        @Override
        public void close() {
            if (future.isDone() && !future.isCompletedExceptionally()) {
                StompSession session = future.join();
                if (session.isConnected()) {
                    session.disconnect();
                }
            }
        }

        @Override
        public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                    byte[] payload, Throwable exception) {
            errors.add("exception: " + exception);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            closed.countDown();
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            String message = headers.getFirst("message");
            errors.add(message == null ? "" : message);
        }

        private static void await(CountDownLatch latch, String description) {
            try {
                boolean done = latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(done).as(description + " within " + TIMEOUT).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description, e);
            }
        }
    }

    /** The MESSAGE frames of one subscription, parsed as JSON, in the order they arrived. */
    static final class Frames implements StompFrameHandler {

        private final BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        private final List<JsonNode> received = new ArrayList<>();

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            try {
                queue.add(JSON.readTree((byte[]) payload));
            } catch (IOException e) {
                throw new AssertionError("A frame is not JSON: " + new String((byte[]) payload, StandardCharsets.UTF_8),
                        e);
            }
        }

        /** Returns the next frame, waiting up to {@link #TIMEOUT}. */
        JsonNode next() {
            try {
                JsonNode frame = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(frame).as("a frame within " + TIMEOUT + " after " + received).isNotNull();
                received.add(frame);
                return frame;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for a frame", e);
            }
        }

        /** Returns the frames up to and including the first change frame at or above {@code version}. */
        List<JsonNode> untilVersion(long version) {
            List<JsonNode> frames = new ArrayList<>();
            JsonNode frame;
            do {
                frame = next();
                frames.add(frame);
            } while (frame.path("version").asLong() < version);
            return frames;
        }

        /** Returns the frames received so far, through {@link #next}. */
        List<JsonNode> received() {
            return List.copyOf(received);
        }

        /** Returns the frames that arrived but were not taken with {@link #next}. */
        List<JsonNode> waiting() {
            return List.copyOf(queue);
        }
    }
}
