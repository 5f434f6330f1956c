package io.tandem.cli.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A STOMP connection to query-service's live endpoint, {@code /ws}, authenticated with a bearer token in
 * the CONNECT frame. Frames arrive on the client's own threads, so the consumers given to the subscribe
 * methods must be thread-safe. An ERROR frame from the service ends the connection; {@link #error} then
 * returns its message.
 */
public final class LiveConnection implements AutoCloseable {

    /** Frames larger than this are rejected by the client; a single change frame is far smaller. */
    private static final int MAX_FRAME_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final ThreadPoolTaskScheduler scheduler;
    private final WebSocketStompClient client;
    private final Duration timeout;
    private final AtomicReference<String> error = new AtomicReference<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger receipts = new AtomicInteger();
    private StompSession session;

    private LiveConnection(Duration timeout) {
        this.timeout = timeout;
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("live-client-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {0, 0});
        client.setInboundMessageSizeLimit(MAX_FRAME_BYTES);
    }

    /**
     * Connects to the live endpoint of the query service at {@code queryUrl} (http or https) and waits
     * for CONNECTED.
     */
    public static LiveConnection open(String queryUrl, String token, Duration timeout) throws LiveException,
            InterruptedException {
        LiveConnection connection = new LiveConnection(timeout);
        try {
            connection.connect(webSocketUrl(queryUrl), token);
            return connection;
        } catch (LiveException | InterruptedException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Returns the WebSocket URL of a query service's live endpoint: ws for http, wss for https. */
    public static String webSocketUrl(String queryUrl) {
        String base = queryUrl.replaceAll("/+$", "");
        if (base.startsWith("https://")) {
            return "wss://" + base.substring("https://".length()) + "/ws";
        }
        if (base.startsWith("http://")) {
            return "ws://" + base.substring("http://".length()) + "/ws";
        }
        throw new IllegalArgumentException("The query service URL must start with http:// or https://, not '"
                + queryUrl + "'");
    }

    private void connect(String url, String token) throws LiveException, InterruptedException {
        StompHeaders connectHeaders = new StompHeaders();
        connectHeaders.add("Authorization", "Bearer " + token);
        CompletableFuture<StompSession> connecting = client.connectAsync(url, new WebSocketHttpHeaders(),
                connectHeaders, new SessionEvents());
        try {
            session = connecting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new LiveException("Connecting to " + url + " failed: " + reason(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new LiveException("Connecting to " + url + " timed out after " + timeout.toSeconds() + " s", e);
        }
    }

    /**
     * Subscribes to a plan's changes and waits until the service confirms the subscription. With a
     * since-version the service first sends every change after it (-1 for the whole history).
     */
    public void subscribeChanges(String planId, Long sinceVersion, Consumer<JsonNode> frames)
            throws LiveException, InterruptedException {
        StompHeaders headers = new StompHeaders();
        headers.setDestination("/topic/plans/" + planId);
        if (sinceVersion != null) {
            headers.add("since-version", Long.toString(sinceVersion));
        }
        subscribe(headers, frames);
    }

    /** Subscribes to the list of who is in a plan, and waits until the service confirms it. */
    public void subscribePresence(String planId, Consumer<JsonNode> lists) throws LiveException,
            InterruptedException {
        StompHeaders headers = new StompHeaders();
        headers.setDestination("/topic/plans/" + planId + "/presence");
        subscribe(headers, lists);
    }

    /** Tells the service which section the user is editing, or null while only viewing. */
    public void sendPresence(String planId, String section) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination("/app/plans/" + planId + "/presence");
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        String body = JSON.createObjectNode().put("section", section).toString();
        session.send(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private void subscribe(StompHeaders headers, Consumer<JsonNode> consumer) throws LiveException,
            InterruptedException {
        CountDownLatch confirmed = new CountDownLatch(1);
        headers.setReceipt("subscribe-" + receipts.incrementAndGet());
        session.subscribe(headers, new JsonFrames(consumer)).addReceiptTask(confirmed::countDown);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!confirmed.await(50, TimeUnit.MILLISECONDS)) {
            if (error.get() != null || closed.getCount() == 0) {
                throw new LiveException("Subscribing to " + headers.getDestination() + " was rejected: "
                        + (error.get() == null ? "the connection closed" : error.get()));
            }
            if (System.nanoTime() > deadline) {
                throw new LiveException("Subscribing to " + headers.getDestination() + " timed out after "
                        + timeout.toSeconds() + " s without a RECEIPT");
            }
        }
    }

    /** Returns the message of the ERROR frame that ended the connection, or null. */
    public String error() {
        return error.get();
    }

    public boolean isConnected() {
        return closed.getCount() > 0 && session != null && session.isConnected();
    }

    /** Waits until the service closes the connection; returns false if it is still open after the timeout. */
    public boolean awaitClosed(Duration wait) throws InterruptedException {
        return closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
        client.stop();
        scheduler.shutdown();
        closed.countDown();
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private final class SessionEvents extends StompSessionHandlerAdapter {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        /** Receives ERROR frames, the only frames without a subscription that reach this handler. */
        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            String message = headers.getFirst("message");
            error.compareAndSet(null, message == null ? "ERROR frame without a message" : message);
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                    byte[] payload, Throwable exception) {
            error.compareAndSet(null, "a frame could not be handled: " + reason(exception));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            closed.countDown();
        }
    }

    private static final class JsonFrames implements StompFrameHandler {

        private final Consumer<JsonNode> consumer;

        JsonFrames(Consumer<JsonNode> consumer) {
            this.consumer = consumer;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            try {
                consumer.accept(JSON.readTree((byte[]) payload));
            } catch (IOException e) {
                throw new IllegalStateException("A frame is not JSON: " + e.getMessage(), e);
            }
        }
    }
}
