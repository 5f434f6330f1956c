package io.tandem.export.layout;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import java.time.Instant;

/**
 * The request behind an export: the caller's organization and name, the audience, the point in the
 * plan's history, and when the export was generated.
 */
public record ExportRequest(String organization, String userName, Audience audience, PlanPoint point,
                            Instant generatedAt) {
}
