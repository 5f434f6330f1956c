package io.tandem.export.layout;

import io.tandem.export.plan.PlanView;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.Review;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.List;

/** The sections that are one record each: account overview, value proposition, current state, review cadence. */
final class OverviewSections {

    private OverviewSections() {
    }

    static List<Block> accountOverview(PlanView plan) {
        AccountOverview overview = plan.accountOverview();
        if (overview == null) {
            return SectionTemplate.empty(Section.ACCOUNT_OVERVIEW, "No account overview has been written yet.");
        }
        List<Block.Fact> facts = new ArrayList<>();
        addFact(facts, "Account", overview.account());
        addFact(facts, "Industry", overview.industry());
        addFact(facts, "Size", overview.size());
        addFact(facts, "ARR with " + plan.organizationName(plan.ownerOrg()), Formats.money(overview.arrWithUs()));
        addFact(facts, "ARR with " + plan.organizationName(plan.partnerOrg()),
                Formats.money(overview.arrWithPartner()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(facts));
        if (overview.strategicImportance() != null && !overview.strategicImportance().isBlank()) {
            blocks.add(new Block.Subheading("Strategic importance"));
            blocks.add(Block.Text.of(overview.strategicImportance()));
        }
        return blocks;
    }

    static List<Block> valueProposition(PlanView plan) {
        ValueProposition value = plan.valueProposition();
        if (value == null) {
            return SectionTemplate.empty(Section.VALUE_PROPOSITION, "No joint value proposition has been written yet.");
        }
        List<Block> blocks = new ArrayList<>();
        if (value.combinedValue() != null && !value.combinedValue().isBlank()) {
            blocks.add(Block.Text.of(value.combinedValue()));
        }
        addList(blocks, "Customer outcomes", value.customerOutcomes());
        addList(blocks, "Differentiators", value.differentiators());
        return blocks;
    }

    static List<Block> currentState(PlanView plan) {
        CurrentState state = plan.currentState();
        if (state == null) {
            return SectionTemplate.empty(Section.CURRENT_STATE, "The current state has not been described yet.");
        }
        List<Block> blocks = new ArrayList<>();
        addList(blocks, "Solutions deployed", state.solutionsDeployed());
        addList(blocks, "Past joint wins", state.pastJointWins());
        addList(blocks, "Past joint friction", state.pastJointFriction());
        List<Block.Fact> spend = new ArrayList<>();
        addFact(spend, "Spend with " + plan.organizationName(plan.ownerOrg()), Formats.money(state.spendWithUs()));
        addFact(spend, "Spend with " + plan.organizationName(plan.partnerOrg()),
                Formats.money(state.spendWithPartner()));
        if (!spend.isEmpty()) {
            blocks.add(new Block.Facts(spend));
        }
        return blocks;
    }

    static List<Block> reviewCadence(PlanView plan) {
        ReviewCadence cadence = plan.reviewCadence();
        List<Block> blocks = new ArrayList<>();
        if (cadence == null) {
            blocks.addAll(SectionTemplate.empty(Section.REVIEW_CADENCE, "No review cadence has been agreed yet."));
        } else {
            List<Block.Fact> facts = new ArrayList<>();
            addFact(facts, "Refresh", Formats.capitalized(Formats.label(cadence.frequency())));
            addFact(facts, "Next review", Formats.date(cadence.nextReview()));
            addFact(facts, "Accountabilities", cadence.accountabilities());
            List<String> path = cadence.escalationPath() == null ? List.of() : cadence.escalationPath();
            for (int level = 1; level <= path.size(); level++) {
                addFact(facts, "Escalation, level " + level, path.get(level - 1));
            }
            if (!facts.isEmpty()) {
                blocks.add(new Block.Facts(facts));
            }
        }
        if (!plan.reviews().isEmpty()) {
            blocks.add(new Block.Subheading("Recorded reviews"));
            List<TableBlock.Row> rows = new ArrayList<>();
            for (Review review : plan.reviews()) {
                rows.add(new TableBlock.Row(List.of(review.name(), Formats.instant(review.recordedAt()),
                        String.valueOf(review.version()), Formats.orEmpty(review.notes())), false));
            }
            blocks.add(new TableBlock(List.of("Review", "Recorded", "Version", "Notes"), List.of(3, 3, 2, 6),
                    rows, null));
        }
        return blocks;
    }

    private static void addFact(List<Block.Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Block.Fact(label, value));
        }
    }

    private static void addList(List<Block> blocks, String title, List<String> items) {
        if (items != null && !items.isEmpty()) {
            blocks.add(new Block.Subheading(title));
            blocks.add(new Block.Bullets(List.copyOf(items)));
        }
    }
}
