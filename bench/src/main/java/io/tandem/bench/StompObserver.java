package io.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The live clients: one STOMP session per client on query-service's /ws, subscribed to its plan's
 * /topic/plans/{planId}. Each change frame is timed when it arrives, before it is parsed.
 */
final class StompObserver implements ChangeObserver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CONNECT_TIMEOUT_SECONDS = 60;

    private final WebSocketStompClient stomp;
    private final Roster roster;
    private final List<StompSession> sessions = new ArrayList<>();
    /** Per client index: plan version to arrival time. */
    private final Map<Integer, Map<Long, Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean closing;

    private StompObserver(WebSocketStompClient stomp, Roster roster) {
        this.stomp = stomp;
        this.roster = roster;
    }

    /** Connects every client of the roster and subscribes it to its plan. */
    static StompObserver connect(String queryUrl, Roster roster) throws IOException, InterruptedException {
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        StompObserver observer = new StompObserver(stomp, roster);
        String url = queryUrl.replaceFirst("^http", "ws") + "/ws";
        List<CompletableFuture<StompSession>> connecting = new ArrayList<>();
        for (Roster.Client client : roster.clients()) {
            StompHeaders connect = new StompHeaders();
            connect.add("Authorization", "Bearer " + client.token());
            WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
            connecting.add(stomp.connectAsync(url, handshake, connect, observer.sessionHandler(client)));
        }
        try {
            for (int i = 0; i < connecting.size(); i++) {
                StompSession session = connecting.get(i).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                observer.sessions.add(session);
                observer.subscribe(session, roster.clients().get(i));
            }
        } catch (ExecutionException | TimeoutException e) {
            observer.close();
            throw new IOException("Connecting the STOMP clients to " + url + " failed: " + e, e);
        }
        return observer;
    }

    private StompSessionHandlerAdapter sessionHandler(Roster.Client client) {
        return new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                reportError("client " + client.index() + " received an ERROR frame: " + headers.getFirst("message"));
            }

            @Override
            public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                        byte[] payload, Throwable exception) {
                reportError("client " + client.index() + " failed on a " + command + " frame: " + exception);
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                reportError("client " + client.index() + " lost its connection: " + exception);
            }
        };
    }

    private void subscribe(StompSession session, Roster.Client client) {
        Map<Long, Long> received = arrivals.computeIfAbsent(client.index(), index -> new ConcurrentHashMap<>());
        session.subscribe("/topic/plans/" + client.planId(), new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long arrived = System.nanoTime();
                frames.incrementAndGet();
                try {
                    JsonNode change = JSON.readTree((byte[]) payload);
                    if (client.planId().equals(change.path("plan_id").asText())) {
                        received.putIfAbsent(change.path("version").asLong(-1), arrived);
                    }
                } catch (IOException e) {
                    reportError("client " + client.index() + " received a frame that is not JSON: " + e);
                }
            }
        });
    }

    private void reportError(String message) {
        if (closing) {
            // The server responds to a DISCONNECT by closing the session, which is no error of the run.
            return;
        }
        // The first few errors explain the rest; the count is in the report.
        if (errors.incrementAndGet() <= 5) {
            System.err.println("STOMP: " + message);
        }
    }

    @Override
    public String description() {
        return "STOMP change frames on /ws (" + roster.clients().size() + " clients)";
    }

    @Override
    public void accepted(Edit edit) {
        // Frames arrive by themselves.
    }

    @Override
    public OptionalLong seenAt(Edit edit) {
        long latest = Long.MIN_VALUE;
        for (Roster.Client client : roster.clientsOf(edit.planId(), edit.watchingOrg())) {
            Long arrived = arrivals.getOrDefault(client.index(), Map.of()).get(edit.version());
            if (arrived == null) {
                return OptionalLong.empty();
            }
            latest = Math.max(latest, arrived);
        }
        return latest == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(latest);
    }

    @Override
    public long received() {
        return frames.get();
    }

    long errors() {
        return errors.get();
    }

    @Override
    public void close() {
        closing = true;
        for (StompSession session : sessions) {
            if (session.isConnected()) {
                session.disconnect();
            }
        }
        stomp.stop();
    }
}
