package io.tandem.query.events;

import io.tandem.plan.event.TierSet;
import io.tandem.query.support.EventAppender;
import io.tandem.query.support.PlanTimeline;
import io.tandem.query.support.QueryDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WakeLatencyDiagTest {
    private static final QueryDatabase DATABASE = new QueryDatabase();
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("tandem.events.fetch-delay", () -> "30s");
    }
    @TestConfiguration
    static class Recording {
        @Bean
        ProjectedChanges projectedChanges() { return new ProjectedChanges(); }
    }
    @Autowired
    private ProjectedChanges projected;

    @Test
    void diag() throws Exception {
        EventAppender events = new EventAppender(DATABASE.dataSource());
        List<PlanTimeline> plans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PlanTimeline p = PlanTimeline.create("u", "altura", "meridian", Instant.parse("2026-06-02T09:00:00Z"));
            events.append(p.events());
            projected.awaitStored(p.planId(), 0, Duration.ofSeconds(30));
            plans.add(p);
        }
        List<Long> lat = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < 600; n++) {
            PlanTimeline p = plans.get(n % 5);
            int tier = 1 + n % 3;
            p.then(id -> new TierSet(id, tier));
            long due = start + n * 40_000_000L;
            while (System.nanoTime() < due) Thread.sleep(1);
            long t0 = System.nanoTime();
            events.append(p.eventsAfter(p.version() - 1));
            long t1 = projected.awaitStored(p.planId(), p.version(), Duration.ofSeconds(60));
            lat.add((t1 - t0) / 1_000_000);
        }
        List<Long> s = new ArrayList<>(lat); Collections.sort(s);
        System.out.println("DIAG p50=" + s.get(s.size()/2) + " p90=" + s.get(s.size()*9/10) + " p99=" + s.get(s.size()*99/100) + " max=" + s.get(s.size()-1));
        System.out.println("DIAG over200=" + lat.stream().filter(x -> x > 200).toList());
    }
}
