package io.tandem.export.web;

import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.ExportRequest;
import io.tandem.export.layout.PlanLayout;
import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanViewReader;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small plan in both formats once the service is up, in the background. The first export in a
 * JVM loads and compiles much of POI and XMLBeans (4 to 6 s in this module's API test on a 2-core machine),
 * and this moves that cost away from the first caller.
 */
@Component
class RendererWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);
    private static final String PLAN = """
            {"plan_id": "warm-up", "version": 1, "owner_org": "owner", "partner_org": "partner", "tier": 1,
             "account_overview": {"account": "Warm-up account"},
             "deals": [{"ref": "d1", "name": "Deal", "stage": "proposal", "visibility": "shared",
                        "amount": {"amount": 1000, "currency": "USD"}}],
             "risks": [{"ref": "r1", "risk": "Risk", "likelihood": "low", "impact": "high", "visibility": "shared"}]}
            """;

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::render, "export-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void render() {
        long started = System.nanoTime();
        try {
            ExportDocument export = PlanLayout.layOut(PlanViewReader.read(PLAN), new ExportRequest("owner",
                    "warm-up", Audience.OWN, PlanPoint.current(), Instant.now()));
            for (ExportFormat format : ExportFormat.values()) {
                format.render(export);
            }
            log.info("Warmed up the DOCX and PPTX renderers in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Warming up the renderers failed; the first export will be slower", e);
        }
    }
}
