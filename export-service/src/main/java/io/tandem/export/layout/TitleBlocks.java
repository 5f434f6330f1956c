package io.tandem.export.layout;

import io.tandem.export.plan.AsOf;
import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import java.util.List;

/** The title block of an export and the one-line summary in its file properties. */
final class TitleBlocks {

    private TitleBlocks() {
    }

    static TitleBlock titleBlock(PlanView plan, ExportRequest request) {
        String owner = plan.organizationName(plan.ownerOrg());
        String partner = plan.organizationName(plan.partnerOrg());
        List<Block.Fact> facts = List.of(
                new Block.Fact("Account", account(plan)),
                new Block.Fact("Owner organization", owner),
                new Block.Fact("Partner organization", partner),
                new Block.Fact("Tier", tier(plan.tier())),
                new Block.Fact("As of", asOf(plan, request.point())),
                new Block.Fact("Audience", audience(plan, request)),
                new Block.Fact("Generated", Formats.instant(request.generatedAt()) + " for " + request.userName()));
        String warning = null;
        if (request.audience() == Audience.OWN && plan.hasInternalItems()) {
            String own = plan.organizationName(request.organization());
            String other = plan.organizationName(plan.otherOrganization(request.organization()));
            warning = "Contains items internal to " + own + ", marked " + Marks.INTERNAL + ". Do not share it with "
                    + other + "; export with audience=partner for a copy to share.";
        }
        return new TitleBlock("Joint account plan: " + account(plan), owner + " and " + partner, facts, warning);
    }

    static String summary(PlanView plan, ExportRequest request) {
        return "Joint account plan for " + account(plan) + " between " + plan.organizationName(plan.ownerOrg())
                + " and " + plan.organizationName(plan.partnerOrg()) + ", Tier " + plan.tier() + ", as of "
                + asOf(plan, request.point());
    }

    static String account(PlanView plan) {
        return plan.account() == null || plan.account().isBlank() ? "Plan " + plan.planId() : plan.account();
    }

    static String tier(int tier) {
        return switch (tier) {
            case 2 -> "Tier 2: sections 4 to 7 summed up on one page";
            case 3 -> "Tier 3: value proposition, account team and pipeline only";
            default -> "Tier " + tier + ": the full plan";
        };
    }

    static String asOf(PlanView plan, PlanPoint point) {
        AsOf asOf = plan.asOf();
        if (point.isCurrent() || asOf == null) {
            return "Current plan, version " + plan.version() + updated(plan);
        }
        String when = "version " + asOf.version() + ", " + Formats.instant(asOf.at());
        return switch (point.parameter()) {
            case PlanPoint.REVIEW -> "Review " + point.value() + " (" + when + ")";
            case PlanPoint.AT -> point.value() + " (" + when + ")";
            default -> "Version " + asOf.version() + " (" + Formats.instant(asOf.at()) + ")";
        };
    }

    private static String updated(PlanView plan) {
        return plan.updatedAt() == null ? "" : " (updated " + Formats.instant(plan.updatedAt()) + ")";
    }

    private static String audience(PlanView plan, ExportRequest request) {
        String own = plan.organizationName(request.organization());
        String other = plan.organizationName(plan.otherOrganization(request.organization()));
        if (request.audience() == Audience.OWN) {
            return own + " only (own audience): items internal to " + own + " are included and marked";
        }
        return own + " and " + other + " (partner audience): shareable, no internal items";
    }
}
