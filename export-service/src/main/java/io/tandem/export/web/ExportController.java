package io.tandem.export.web;

import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.ExportRequest;
import io.tandem.export.layout.PlanLayout;
import io.tandem.export.plan.PlanView;
import io.tandem.export.query.QueryServiceClient;
import io.tandem.support.Actor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plans/{id}/export.docx} and {@code export.pptx}: the plan as query-service returns it to the
 * caller's organization, current or as of a point, rendered for the requested audience.
 */
@RestController
@RequestMapping("/api/plans")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final QueryServiceClient plans;
    private final Clock clock;
    private final MeterRegistry meters;

    ExportController(QueryServiceClient plans, Clock clock, MeterRegistry meters) {
        this.plans = plans;
        this.clock = clock;
        this.meters = meters;
    }

    @GetMapping("/{planId}/export.{extension}")
    ResponseEntity<byte[]> export(@PathVariable String planId, @PathVariable String extension,
                                  @RequestParam MultiValueMap<String, String> query, Actor actor,
                                  @AuthenticationPrincipal Jwt token) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failure";
        try {
            ResponseEntity<byte[]> response = render(planId, extension, query, actor, token);
            outcome = "success";
            return response;
        } finally {
            sample.stop(Timer.builder("tandem.export.duration")
                    .description("Time to read a plan from query-service and render it as a file")
                    .tag("format", extension)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private ResponseEntity<byte[]> render(String planId, String extension, MultiValueMap<String, String> query,
                                          Actor actor, Jwt token) {
        long started = System.nanoTime();
        ExportParameters parameters = ExportParameters.parse(extension, query);
        PlanView plan = plans.fetch(planId, parameters.point(), token.getTokenValue(), actor.userId());
        ExportRequest request = new ExportRequest(actor.organization(), actor.userName(), parameters.audience(),
                parameters.point(), clock.instant());
        ExportDocument export = PlanLayout.layOut(plan, request);
        byte[] file = parameters.format().render(export);
        String fileName = export.fileStem() + "." + parameters.format().extension();
        log.info("Exported plan {} version {} as {} for user {} ({} audience): {} bytes in {} ms", planId,
                plan.version(), fileName, actor.userId(), parameters.audience().parameter(), file.length,
                (System.nanoTime() - started) / 1_000_000);
        return ResponseEntity.ok()
                .contentType(parameters.format().contentType())
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                // Exports hold a plan's confidential content, so no cache along the way may keep a copy.
                .cacheControl(CacheControl.noStore())
                .body(file);
    }
}
