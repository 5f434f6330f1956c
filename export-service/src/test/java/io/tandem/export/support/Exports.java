package io.tandem.export.support;

import io.tandem.export.docx.DocxRenderer;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.ExportRequest;
import io.tandem.export.layout.PlanLayout;
import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import io.tandem.export.pptx.PptxRenderer;
import java.time.Instant;

/** Lays out and renders exports of fixture views the way the export endpoint does. */
public final class Exports {

    public static final Instant GENERATED_AT = Instant.parse("2026-12-16T09:00:00Z");

    private Exports() {
    }

    /** Returns the request of the user whose view the fixture is: Dana Ruiz (Altura) or Priya Natarajan (Meridian). */
    public static ExportRequest request(String user, Audience audience, PlanPoint point) {
        return user.equals(KestrelViews.DANA)
                ? new ExportRequest("altura", "Dana Ruiz", audience, point, GENERATED_AT)
                : new ExportRequest("meridian", "Priya Natarajan", audience, point, GENERATED_AT);
    }

    public static PlanPoint point(String fixturePoint) {
        return switch (fixturePoint) {
            case KestrelViews.Q3 -> new PlanPoint(PlanPoint.REVIEW, "FY2026 Q3 QBR");
            case KestrelViews.Q4 -> new PlanPoint(PlanPoint.REVIEW, "FY2026 Q4 QBR");
            default -> PlanPoint.current();
        };
    }

    public static ExportDocument layOut(PlanView view, String user, Audience audience, PlanPoint point) {
        return PlanLayout.layOut(view, request(user, audience, point));
    }

    public static byte[] docx(PlanView view, String user, Audience audience, PlanPoint point) {
        return DocxRenderer.render(layOut(view, user, audience, point));
    }

    public static byte[] pptx(PlanView view, String user, Audience audience, PlanPoint point) {
        return PptxRenderer.render(layOut(view, user, audience, point));
    }
}
