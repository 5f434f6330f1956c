package io.tandem.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends edits at a fixed rate over all plans, on one thread per plan so that each edit is based on
 * the version its predecessor returned and no edit conflicts. Edit {@code n} overall goes to plan
 * {@code n % plans} and is due at {@code n / rate} seconds; a plan's edits alternate between a user
 * of the owner and one of the partner. A late response delays only that plan's next edits.
 */
final class EditLoad {

    /** The edits of a load run, with its rejections and the span of its measured edits. */
    record Result(List<Edit> edits, long rejected, long firstMeasuredSentAt, long lastMeasuredRespondedAt) {

        List<Edit> measured() {
            return edits.stream().filter(Edit::measured).toList();
        }

        /** Returns accepted measured edits per second, from the first measured request to the last response. */
        double throughput() {
            long nanos = lastMeasuredRespondedAt - firstMeasuredSentAt;
            return nanos <= 0 ? Double.NaN : measured().size() / (nanos / 1e9);
        }
    }

    private final PlanApi api;
    private final Roster roster;
    private final ChangeObserver observer;
    private final BenchOptions options;
    private final List<Edit> edits = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong firstMeasuredSentAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastMeasuredRespondedAt = new AtomicLong(Long.MIN_VALUE);

    EditLoad(PlanApi api, Roster roster, ChangeObserver observer, BenchOptions options) {
        this.api = api;
        this.roster = roster;
        this.observer = observer;
        this.options = options;
    }

    Result run() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + options.maxDuration().toNanos();
        List<Thread> editors = new ArrayList<>();
        for (int plan = 0; plan < roster.planIds().size(); plan++) {
            int planIndex = plan;
            Thread editor = new Thread(() -> edit(planIndex, start, deadline), "editor-" + plan);
            editors.add(editor);
            editor.start();
        }
        for (Thread editor : editors) {
            editor.join();
        }
        return new Result(List.copyOf(edits), rejected.get(), firstMeasuredSentAt.get(), lastMeasuredRespondedAt.get());
    }

    private void edit(int planIndex, long start, long deadline) {
        int plans = roster.planIds().size();
        int total = options.warmupEdits() + options.edits();
        String planId = roster.planIds().get(planIndex);
        String[] tokens = {roster.editorToken(planIndex, PlanApi.OWNER_ORG),
                roster.editorToken(planIndex, PlanApi.PARTNER_ORG)};
        long version = 0;
        int sent = 0;
        for (int number = planIndex; number < total; number += plans) {
            long due = start + (long) (number / options.rate() * 1e9);
            if (due > deadline || !sleepUntil(due)) {
                return;
            }
            boolean measured = number >= options.warmupEdits();
            String organization = sent % 2 == 0 ? PlanApi.OWNER_ORG : PlanApi.PARTNER_ORG;
            long sending = System.nanoTime();
            try {
                PlanApi.Response response = api.edit(planId, version, sent, tokens[sent % 2]);
                long responded = System.nanoTime();
                sent++;
                if (!response.accepted()) {
                    reject(planId, response);
                    continue;
                }
                version = response.body().path("version").asLong();
                Edit edit = new Edit(planId, version, organization, responded, measured);
                observer.accepted(edit);
                edits.add(edit);
                if (measured) {
                    firstMeasuredSentAt.accumulateAndGet(sending, Math::min);
                    lastMeasuredRespondedAt.accumulateAndGet(responded, Math::max);
                }
            } catch (IOException e) {
                sent++;
                rejected.incrementAndGet();
                System.err.println("Edit of plan " + planId + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void reject(String planId, PlanApi.Response response) {
        if (rejected.incrementAndGet() <= 5) {
            System.err.println("Edit of plan " + planId + " was rejected with status " + response.status() + ": "
                    + response.body());
        }
    }

    /** Sleeps until the {@link System#nanoTime} given, and returns false when interrupted. */
    private static boolean sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        try {
            Thread.sleep(Duration.ofNanos(wait).toMillis(), (int) (wait % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
