package io.tandem.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.cli.live.LiveConnection;
import io.tandem.cli.live.WatchCommand;
import io.tandem.cli.replay.ReplayCommand;
import io.tandem.cli.token.LocalKeys;
import io.tandem.testsupport.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live co-editing end to end: edits go through command-service's REST API, and change frames come from
 * query-service's STOMP endpoint, both services running in this JVM on one fresh database.
 */
class LiveCoEditingSystemTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Path KESTREL = Path.of("../scenarios/kestrel-logistics.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static RunningServices services;
    private static Path keys;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<LiveConnection> connections = new ArrayList<>();
    private String owner;
    private String partner;

    @BeforeAll
    static void startServices() throws IOException {
        keys = writeKeys(folder.resolve("keys"), TestTokens.get().keys());
        services = RunningServices.start();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @BeforeEach
    void organizations() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "altura-" + suffix;
        partner = "meridian-" + suffix;
    }

    @AfterEach
    void disconnect() {
        connections.forEach(LiveConnection::close);
    }

    @Test
    void eachOrganizationSeesTheOthersEdit() throws Exception {
        String planId = createPlan();
        BlockingQueue<JsonNode> atOwner = subscribe(planId, token("dana.ruiz", owner));
        BlockingQueue<JsonNode> atPartner = subscribe(planId, token("priya.natarajan", partner));

        assertThat(send("POST", "/api/plans/" + planId + "/deals", token("dana.ruiz", owner), """
                {"base_version": 0, "ref": "d1", "name": "Route Insights expansion", "stage": "proposal",
                 "amount": {"amount": 780000, "currency": "USD"}, "partner_role": "co-sell"}""").statusCode())
                .isEqualTo(201);
        assertThat(send("PATCH", "/api/plans/" + planId + "/deals/d1", token("priya.natarajan", partner),
                "{\"base_version\": 1, \"stage\": \"negotiation\"}").statusCode()).isEqualTo(200);

        List<JsonNode> partnerFrames = List.of(next(atPartner), next(atPartner));
        List<JsonNode> ownerFrames = List.of(next(atOwner), next(atOwner));
        assertThat(partnerFrames).isEqualTo(ownerFrames);
        assertThat(partnerFrames.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(partnerFrames.get(0).at("/by/organization").asText()).isEqualTo(owner);
        assertThat(partnerFrames.get(0).at("/item/stage").asText()).isEqualTo("proposal");
        assertThat(ownerFrames.get(1).get("version").asLong()).isEqualTo(2);
        assertThat(ownerFrames.get(1).get("previous_version").asLong()).isEqualTo(1);
        assertThat(ownerFrames.get(1).at("/by/user_id").asText()).isEqualTo("priya.natarajan");
        assertThat(ownerFrames.get(1).at("/fields/0/after").asText()).isEqualTo("negotiation");
    }

    @Test
    void conflictPushesNothing() throws Exception {
        String planId = createPlan();
        BlockingQueue<JsonNode> frames = subscribe(planId, token("sam.okafor", owner));

        int accepted = send("PUT", "/api/plans/" + planId + "/tier", token("priya.natarajan", partner),
                "{\"base_version\": 0, \"tier\": 2}").statusCode();
        HttpResponse<String> conflict = send("PUT", "/api/plans/" + planId + "/tier", token("dana.ruiz", owner),
                "{\"base_version\": 0, \"tier\": 3}");
        int afterConflict = send("PUT", "/api/plans/" + planId + "/value-proposition", token("dana.ruiz", owner),
                "{\"base_version\": 1, \"combined_value\": \"Faster routes\"}").statusCode();

        assertThat(accepted).isEqualTo(200);
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        assertThat(afterConflict).isEqualTo(200);
        JsonNode first = next(frames);
        JsonNode second = next(frames);
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.at("/item/tier").asInt()).isEqualTo(2);
        // Frames keep their order, so a frame of the rejected edit would have come before this one.
        assertThat(second.get("version").asLong()).isEqualTo(2);
        assertThat(second.get("previous_version").asLong()).isEqualTo(1);
        assertThat(second.get("section").asText()).isEqualTo("value_proposition");
    }

    @Test
    void kestrelReplayWithLiveFramesMatches() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        int exitCode = ReplayCommand.run(new String[] {KESTREL.toString(), "--command-url", services.commandUrl(),
                "--query-url", services.queryUrl(), "--keys", keys.toString(), "--live"}, print, print);

        String output = out.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(exitCode).as(output).isEqualTo(ReplayCommand.MATCHED);
        assertThat(output).containsPattern("live frames of altura = its view +OK")
                .containsPattern("live frames of meridian = its view +OK")
                .contains("Everything matched.");
    }

    @Test
    void watchPrintsTheOtherOrganizationsEdit() throws Exception {
        String planId = createPlan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread watcher = new Thread(() -> {
            try {
                exitCode.set(WatchCommand.run(List.of(planId, "--user", "priya.natarajan", "--org", partner,
                        "--section", "pipeline", "--query-url", services.queryUrl(), "--keys", keys.toString()),
                        print, print));
            } catch (IOException e) {
                print.println("watch failed: " + e);
            } catch (InterruptedException e) {
                exitCode.set(0);
            }
        }, "watch-command");
        watcher.start();
        try {
            await().atMost(TIMEOUT).until(() -> out.toString(StandardCharsets.UTF_8).contains("Watching plan"));

            send("PUT", "/api/plans/" + planId + "/tier", token("dana.ruiz", owner),
                    "{\"base_version\": 0, \"tier\": 2}");

            await().atMost(TIMEOUT).until(() -> out.toString(StandardCharsets.UTF_8).contains("v1 20"));
        } finally {
            watcher.interrupt();
            watcher.join(TIMEOUT.toMillis());
        }
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exitCode.get()).as(output).isZero();
        assertThat(output).contains("in the plan: priya.natarajan (" + partner + ", editing pipeline)")
                .contains("plan set by dana.ruiz (" + owner + ")")
                .contains("    tier: 1 -> 2");
    }

    /** Creates a plan as the owner and waits until the read side shows it, so subscriptions are accepted. */
    private String createPlan() throws Exception {
        HttpResponse<String> created = send("POST", "/api/plans", token("dana.ruiz", owner), """
                {"owner_org": "%s", "partner_org": "%s", "tier": 1,
                 "account_overview": {"account": "Kestrel Logistics Group",
                                      "arr_with_us": {"amount": 420000, "currency": "USD"}}}"""
                .formatted(owner, partner));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String planId = JSON.readTree(created.body()).get("plan_id").asText();
        await().atMost(TIMEOUT).until(() -> read("/api/plans/" + planId, token("dana.ruiz", owner)) == 200);
        return planId;
    }

    private BlockingQueue<JsonNode> subscribe(String planId, String token) throws Exception {
        LiveConnection connection = LiveConnection.open(services.queryUrl(), token, TIMEOUT);
        connections.add(connection);
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        connection.subscribeChanges(planId, 0L, frames::add);
        return frames;
    }

    private static JsonNode next(BlockingQueue<JsonNode> frames) throws InterruptedException {
        JsonNode frame = frames.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(frame).as("a change frame within " + TIMEOUT).isNotNull();
        return frame;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.commandUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int read(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.queryUrl() + path))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String token(String userId, String organization) {
        return TestTokens.get().token(userId, organization);
    }

    /** Writes the key pair in the PEM files that LocalKeys reads, for the replayer and the watch command. */
    private static Path writeKeys(Path directory, KeyPair pair) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(LocalKeys.PUBLIC_KEY_FILE),
                LocalKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(directory.resolve(LocalKeys.PRIVATE_KEY_FILE),
                LocalKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        return directory;
    }
}
