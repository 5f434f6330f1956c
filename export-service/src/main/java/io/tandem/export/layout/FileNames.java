package io.tandem.export.layout;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Attachment names such as {@code kestrel-logistics-group-fy2026-q3-qbr}: the account, the point in
 * history unless the export is of the current plan, and {@code partner} for a partner-audience export.
 * Names are lower-case ASCII, so every browser and file system keeps them as they are.
 */
final class FileNames {

    private FileNames() {
    }

    static String stem(PlanView plan, ExportRequest request) {
        String account = plan.account() == null || plan.account().isBlank() ? "plan-" + plan.planId() : plan.account();
        StringBuilder stem = new StringBuilder(slug(account));
        PlanPoint point = request.point();
        if (!point.isCurrent()) {
            String label = PlanPoint.VERSION.equals(point.parameter()) ? "v" + point.value() : point.value();
            stem.append('-').append(slug(label));
        }
        if (request.audience() == Audience.PARTNER) {
            stem.append("-partner");
        }
        String name = stem.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "account-plan" : name;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
