package io.tandem.bench.asof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.history.PlanDiff;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.query.view.PlanViewRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each sample to query-service, times the request, replays the same point naively in this
 * process, times that too, and checks that both give the same result.
 */
final class AsOfMeasurement {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final int NAIVE_WARMUP = 30;

    private final HttpClient http;
    private final String planUrl;
    private final Map<String, String> tokens;
    private final NaiveReplay naive;
    private final PlanViewRenderer renderer = new PlanViewRenderer();

    final Map<PointSample.Kind, Timings> fast = new EnumMap<>(PointSample.Kind.class);
    final Map<PointSample.Kind, Timings> replayed = new EnumMap<>(PointSample.Kind.class);
    final List<String> mismatches = new ArrayList<>();
    private int compared;

    AsOfMeasurement(HttpClient http, String planUrl, Map<String, String> tokens, NaiveReplay naive) {
        this.http = http;
        this.planUrl = planUrl;
        this.tokens = tokens;
        this.naive = naive;
        for (PointSample.Kind kind : PointSample.Kind.values()) {
            fast.put(kind, new Timings());
            replayed.put(kind, new Timings());
        }
    }

    /**
     * Runs the samples; only measured runs count towards the timings and the comparisons. A warm-up run
     * replays only its first {@code NAIVE_WARMUP} samples naively, because each naive replay folds
     * thousands of events and so warms up fast.
     */
    void run(List<PointSample> samples, boolean measured) throws IOException, InterruptedException {
        for (int i = 0; i < samples.size(); i++) {
            PointSample sample = samples.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(planUrl + sample.path()))
                    .header("Authorization", "Bearer " + tokens.get(sample.organization())).GET().build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long fastNanos = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IOException("GET " + sample.path() + " returned " + response.statusCode() + ": "
                        + response.body());
            }
            if (!measured && i >= NAIVE_WARMUP) {
                continue;
            }
            started = System.nanoTime();
            JsonNode expected = replay(sample);
            long naiveNanos = System.nanoTime() - started;
            if (measured) {
                fast.get(sample.kind()).add(fastNanos);
                replayed.get(sample.kind()).add(naiveNanos);
                compare(sample, JSON.readTree(response.body()), normalized(expected));
            }
        }
    }

    int compared() {
        return compared;
    }

    /** Returns what the response must be, from the naive replay, rendered as query-service renders it. */
    private JsonNode replay(PointSample sample) {
        String organization = sample.organization();
        if (sample.kind() == PointSample.Kind.DIFF) {
            PlanState[] states = naive.atReviews(sample.review(), sample.otherReview());
            ObjectNode diff = JSON.createObjectNode();
            diff.put("from_version", states[0].version());
            diff.put("to_version", states[1].version());
            diff.set("sections", JSON.valueToTree(PlanDiff.between(states[0].visibleTo(organization),
                    states[1].visibleTo(organization))));
            return diff;
        }
        PlanState state = sample.kind() == PointSample.Kind.INSTANT ? naive.atInstant(sample.at())
                : naive.atReview(sample.review());
        ObjectNode view = renderer.render(state, organization);
        ObjectNode asOf = view.putObject("as_of");
        asOf.put("version", state.version());
        asOf.set("at", JSON.valueToTree(state.updatedAt()));
        if (sample.kind() == PointSample.Kind.REVIEW) {
            asOf.put("review", sample.review());
        }
        return view;
    }

    private void compare(PointSample sample, JsonNode actual, JsonNode expected) {
        compared++;
        JsonNode comparable = actual;
        if (sample.kind() == PointSample.Kind.DIFF) {
            ObjectNode diff = JSON.createObjectNode();
            diff.set("from_version", actual.at("/from/version"));
            diff.set("to_version", actual.at("/to/version"));
            diff.set("sections", actual.get("sections"));
            comparable = diff;
        }
        if (!comparable.equals(expected)) {
            mismatches.add(sample.kind().label() + " " + sample.path() + " as " + sample.organization());
        }
    }

    /** Writes and reads the tree back, so numbers compare as they do after a trip through HTTP. */
    private static JsonNode normalized(JsonNode tree) throws JsonProcessingException {
        return JSON.readTree(JSON.writeValueAsString(tree));
    }
}
