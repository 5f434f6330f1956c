package io.tandem.export.layout;

import io.tandem.export.plan.Listed;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.value.WorkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Tier 2 page that sums up sections 4 to 7 (contacts, current state, targets and milestones,
 * whitespace). Each part lists at most {@link #MAX_LINES} lines of at most {@link #MAX_LINE_LENGTH}
 * characters, so the whole digest fits on one page and on one slide.
 */
final class CompressedSummary {

    static final int MAX_LINES = 4;
    static final int MAX_LINE_LENGTH = 110;

    private CompressedSummary() {
    }

    static List<Block> digest(PlanView plan) {
        return List.of(new Block.Digest(List.of(
                new Block.DigestPart("4. Customer key contacts", contacts(plan)),
                new Block.DigestPart("5. Current state", currentState(plan)),
                new Block.DigestPart("6. Targets and milestones", targetsAndMilestones(plan)),
                new Block.DigestPart("7. Whitespace and expansion", whitespace(plan)))));
    }

    private static List<String> contacts(PlanView plan) {
        return capped(plan.contacts(), "No contacts mapped yet.", listed -> {
            Contact contact = listed.item();
            StringBuilder line = new StringBuilder(Formats.orEmpty(contact.name()));
            if (contact.title() != null) {
                line.append(", ").append(contact.title());
            }
            if (contact.role() != null) {
                line.append(": ").append(contact.role());
            }
            if (contact.relationshipStrength() != null) {
                line.append(" (").append(Formats.label(contact.relationshipStrength())).append(')');
            }
            return Marks.internal(line.toString(), listed.internal());
        });
    }

    private static List<String> currentState(PlanView plan) {
        CurrentState state = plan.currentState();
        if (state == null) {
            return List.of("Not described yet.");
        }
        List<String> lines = new ArrayList<>();
        addJoined(lines, "Deployed: ", state.solutionsDeployed());
        addJoined(lines, "Joint wins: ", state.pastJointWins());
        addJoined(lines, "Friction: ", state.pastJointFriction());
        if (state.spendWithUs() != null || state.spendWithPartner() != null) {
            lines.add("Spend: " + plan.organizationName(plan.ownerOrg()) + " " + Formats.moneyShort(state.spendWithUs())
                    + ", " + plan.organizationName(plan.partnerOrg()) + " "
                    + Formats.moneyShort(state.spendWithPartner()));
        }
        return lines.isEmpty() ? List.of("Not described yet.") : lines.stream().map(CompressedSummary::fitted).toList();
    }

    private static List<String> targetsAndMilestones(PlanView plan) {
        List<String> lines = new ArrayList<>();
        for (Listed<Target> listed : plan.targets().subList(Math.max(0, plan.targets().size() - 2),
                plan.targets().size())) {
            Target target = listed.item();
            lines.add(Marks.internal(target.period() + ": revenue " + Formats.moneyShort(target.revenueTarget())
                    + ", pipeline " + Formats.moneyShort(target.pipelineTarget()), listed.internal()));
        }
        if (!plan.milestones().isEmpty()) {
            long done = plan.milestones().stream().filter(m -> m.item().status() == WorkStatus.DONE).count();
            lines.add("Milestones: " + done + " of " + plan.milestones().size() + " done");
            plan.milestones().stream().filter(m -> isPending(m.item())).findFirst()
                    .ifPresent(next -> lines.add(Marks.internal("Next: " + milestone(next.item()),
                            next.internal())));
        }
        return lines.isEmpty() ? List.of("No targets or milestones set yet.")
                : lines.stream().map(CompressedSummary::fitted).toList();
    }

    private static boolean isPending(Milestone milestone) {
        return milestone.status() != WorkStatus.DONE && milestone.status() != WorkStatus.CANCELLED;
    }

    private static String milestone(Milestone milestone) {
        return Formats.orEmpty(milestone.name()) + (milestone.due() == null ? "" : " (due " + milestone.due() + ")");
    }

    private static List<String> whitespace(PlanView plan) {
        return capped(plan.whitespace(), "No whitespace identified yet.", listed -> {
            Whitespace opportunity = listed.item();
            String value = opportunity.estimatedValue() == null ? ""
                    : " (" + Formats.moneyShort(opportunity.estimatedValue()) + ")";
            return Marks.internal(Formats.orEmpty(opportunity.opportunity()) + value, listed.internal());
        });
    }

    private static <T extends PlanItem> List<String> capped(List<Listed<T>> items, String none,
                                                           Function<Listed<T>, String> line) {
        if (items.isEmpty()) {
            return List.of(none);
        }
        List<String> lines = new ArrayList<>();
        int shown = items.size() > MAX_LINES ? MAX_LINES - 1 : items.size();
        for (Listed<T> item : items.subList(0, shown)) {
            lines.add(fitted(line.apply(item)));
        }
        if (shown < items.size()) {
            lines.add("and " + (items.size() - shown) + " more");
        }
        return lines;
    }

    private static void addJoined(List<String> lines, String label, List<String> values) {
        if (values != null && !values.isEmpty()) {
            lines.add(label + String.join("; ", values));
        }
    }

    private static String fitted(String line) {
        return line.length() <= MAX_LINE_LENGTH ? line : line.substring(0, MAX_LINE_LENGTH - 1) + "…";
    }
}
