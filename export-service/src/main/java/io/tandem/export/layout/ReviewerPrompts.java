package io.tandem.export.layout;

import io.tandem.export.plan.Listed;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.section.Review;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one to three short notes per section that prompt the reviewer before a review. They read only the
 * plan they are given, which is already filtered for the export's audience.
 */
public final class ReviewerPrompts {

    private ReviewerPrompts() {
    }

    public static List<String> forSection(Section section, PlanView plan) {
        return switch (section) {
            case ACCOUNT_OVERVIEW -> List.of(
                    "What has changed in the customer's strategy, structure or budget since the last review?",
                    "Do both executive sponsors still rate this account as strategic?");
            case VALUE_PROPOSITION -> List.of(
                    "Which outcome can we prove with a customer metric by the next review?",
                    "Would the customer describe our joint value in these words?");
            case ACCOUNT_TEAM -> team(plan);
            case KEY_CONTACTS -> contacts(plan);
            case CURRENT_STATE -> List.of(
                    "Could any past joint friction repeat in the open deals?",
                    "Has spend with either party moved since the last review?");
            case TARGETS_AND_MILESTONES -> List.of(
                    "Does the open pipeline cover the pipeline target, and if not, where does the gap come from?",
                    "Which milestones are late or blocked, and who unblocks them?");
            case WHITESPACE -> List.of(
                    "Which hypothesis can be validated before the next review, and by whom?",
                    "Which opportunity is ready to become a deal?");
            case PIPELINE -> pipeline(plan);
            case MOTION_PLAN -> List.of(
                    "Which activities are late, and what do they hold up?",
                    "Does every activity have one named owner on the account team?");
            case RISKS -> risks(plan);
            case REVIEW_CADENCE -> List.of(
                    "Is the next review in both executive sponsors' calendars?",
                    "Does the escalation path still name the right people?");
            case PLAN -> List.of();
        };
    }

    /** Returns the notes for the Tier 2 page that sums up sections 4 to 7. */
    public static List<String> forCompressedSummary() {
        return List.of(
                "Which of these four areas needs a full section again before the next review?",
                "Does the open pipeline cover the pipeline target?",
                "Which whitespace hypothesis can be validated this quarter?");
    }

    private static List<String> team(PlanView plan) {
        List<String> prompts = new ArrayList<>();
        for (String organization : List.of(plan.ownerOrg(), plan.partnerOrg())) {
            boolean sponsored = plan.teamMembers().stream().map(Listed::item)
                    .anyMatch(member -> organization.equals(member.side()) && isSponsor(member));
            if (!sponsored) {
                prompts.add("No executive sponsor is named for " + plan.organizationName(organization)
                        + ": who should it be?");
            }
        }
        prompts.add("Is every accountability owned by one named person on each side?");
        return prompts.size() > 3 ? prompts.subList(0, 3) : prompts;
    }

    private static boolean isSponsor(TeamMember member) {
        return Boolean.TRUE.equals(member.executiveSponsor());
    }

    private static List<String> contacts(PlanView plan) {
        List<String> prompts = new ArrayList<>();
        List<String> weak = plan.contacts().stream().map(Listed::item)
                .filter(contact -> contact.relationshipStrength() == RelationshipStrength.WEAK)
                .map(Contact::name).toList();
        if (!weak.isEmpty()) {
            prompts.add("How do we strengthen the weak relationship" + (weak.size() == 1 ? "" : "s") + " with "
                    + String.join(", ", weak) + " before the next review?");
        }
        boolean champion = plan.contacts().stream().map(Listed::item)
                .anyMatch(contact -> contact.role() != null
                        && contact.role().toLowerCase(Locale.ROOT).contains("champion"));
        prompts.add(champion ? "Is our champion still in place and still willing to sell the plan internally?"
                : "No champion is named: who inside the customer will sell this plan when we are not in the room?");
        prompts.add("Who is missing from the org chart above or beside the economic buyer?");
        return prompts;
    }

    private static List<String> pipeline(PlanView plan) {
        String since = previousReview(plan).map(Review::name).orElse("last QBR");
        List<String> prompts = new ArrayList<>();
        prompts.add("Which of these deals slipped since the " + since + "?");
        long noCredit = plan.deals().stream().map(Listed::item)
                .filter(ReviewerPrompts::isOpen)
                .filter(deal -> deal.creditedAmount() == null || deal.creditedAmount().amount().signum() == 0)
                .count();
        if (noCredit > 0) {
            prompts.add(noCredit + " open deal" + (noCredit == 1 ? " has" : "s have")
                    + " no amount credited to the partner: is that agreed on both sides?");
        }
        prompts.add("Which deals need partner funding or an executive call to close this quarter?");
        return prompts.subList(0, Math.min(3, prompts.size()));
    }

    private static List<String> risks(PlanView plan) {
        List<String> prompts = new ArrayList<>();
        List<String> unowned = plan.risks().stream().map(Listed::item)
                .filter(risk -> risk.impact() == Level.HIGH)
                .filter(risk -> risk.mitigationOwner() == null || risk.mitigationOwner().isBlank())
                .map(Risk::ref).toList();
        if (!unowned.isEmpty()) {
            prompts.add("High-impact risks without a mitigation owner: " + String.join(", ", unowned)
                    + ". Who takes them?");
        }
        prompts.add("Has any risk materialised since the last review, or any new one appeared?");
        prompts.add("Which mitigation is overdue, and what would escalating it take?");
        return prompts.subList(0, Math.min(3, prompts.size()));
    }

    /**
     * Returns the latest review before the point the plan shows: for a plan exported as of a review, the
     * one before it.
     */
    static java.util.Optional<Review> previousReview(PlanView plan) {
        String current = plan.asOf() == null ? null : plan.asOf().review();
        Review previous = null;
        for (Review review : plan.reviews()) {
            if (!review.name().equals(current)) {
                previous = review;
            }
        }
        return java.util.Optional.ofNullable(previous);
    }

    static boolean isOpen(Deal deal) {
        return deal.stage() != DealStage.CLOSED_WON && deal.stage() != DealStage.CLOSED_LOST;
    }
}
