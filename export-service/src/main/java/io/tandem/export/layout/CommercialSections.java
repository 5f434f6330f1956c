package io.tandem.export.layout;

import io.tandem.export.plan.Listed;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Targets and milestones, whitespace, and the open pipeline with its chart by stage. */
final class CommercialSections {

    private CommercialSections() {
    }

    static List<Block> targetsAndMilestones(PlanView plan) {
        if (plan.targets().isEmpty() && plan.milestones().isEmpty()) {
            return SectionTemplate.empty(Section.TARGETS_AND_MILESTONES,
                    "No targets or milestones have been set yet.");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Subheading("Targets"));
        if (plan.targets().isEmpty()) {
            blocks.add(Block.Text.of("No targets have been set yet."));
        } else {
            List<TableBlock.Row> rows = new ArrayList<>();
            for (Listed<Target> listed : plan.targets()) {
                Target target = listed.item();
                rows.add(new TableBlock.Row(List.of(Marks.internal(target.period(), listed.internal()),
                        Formats.money(target.revenueTarget()), Formats.money(target.pipelineTarget())),
                        listed.internal()));
            }
            blocks.add(new TableBlock(List.of("Period", "Revenue target", "Pipeline target"), List.of(2, 3, 3),
                    rows, null));
        }
        blocks.add(new Block.Subheading("Milestones"));
        if (plan.milestones().isEmpty()) {
            blocks.add(Block.Text.of("No milestones have been set yet."));
        } else {
            List<TableBlock.Row> rows = new ArrayList<>();
            for (Listed<Milestone> listed : plan.milestones()) {
                Milestone milestone = listed.item();
                rows.add(new TableBlock.Row(List.of(
                        Marks.internal(Formats.orEmpty(milestone.name()), listed.internal()),
                        Formats.orEmpty(milestone.owner()), Formats.date(milestone.due()),
                        Formats.capitalized(Formats.label(milestone.status()))), listed.internal()));
            }
            blocks.add(new TableBlock(List.of("Milestone", "Owner", "Due", "Status"), List.of(6, 3, 2, 2), rows,
                    null));
        }
        return blocks;
    }

    static List<Block> whitespace(PlanView plan) {
        if (plan.whitespace().isEmpty()) {
            return SectionTemplate.empty(Section.WHITESPACE, "No whitespace has been identified yet.");
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Listed<Whitespace> listed : plan.whitespace()) {
            Whitespace opportunity = listed.item();
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(Formats.orEmpty(opportunity.opportunity()), listed.internal()),
                    Formats.orEmpty(opportunity.hypothesis()), Formats.money(opportunity.estimatedValue())),
                    listed.internal()));
            total = total.add(amount(opportunity.estimatedValue()));
        }
        TableBlock.Row totals = new TableBlock.Row(List.of("Total", "", Formats.money(money(total, plan))), false);
        return List.of(new TableBlock(List.of("Opportunity", "Hypothesis to validate", "Estimated value"),
                List.of(4, 6, 2), rows, totals));
    }

    static List<Block> pipeline(PlanView plan) {
        if (plan.deals().isEmpty()) {
            return SectionTemplate.empty(Section.PIPELINE, "No deals are in the pipeline yet.");
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        for (Listed<Deal> listed : plan.deals()) {
            Deal deal = listed.item();
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(Formats.orEmpty(deal.name()), listed.internal()),
                    Formats.capitalized(Formats.label(deal.stage())),
                    Formats.money(deal.amount()),
                    Formats.money(deal.creditedAmount()),
                    Formats.capitalized(Formats.label(deal.partnerRole())),
                    Formats.date(deal.expectedClose())), listed.internal()));
            amount = amount.add(amount(deal.amount()));
            credited = credited.add(amount(deal.creditedAmount()));
        }
        TableBlock.Row totals = new TableBlock.Row(List.of("Total (" + plan.deals().size() + " deals)", "",
                Formats.money(money(amount, plan)), Formats.money(money(credited, plan)), "", ""), false);
        String partner = plan.organizationName(plan.partnerOrg());
        return List.of(stageChart(plan),
                new TableBlock(List.of("Deal", "Stage", "Amount", "Credited to " + partner, "Partner role",
                        "Expected close"), List.of(5, 3, 3, 3, 2, 3), rows, totals));
    }

    /** Sums the deals per stage, in the order a deal moves through the stages, leaving out stages without deals. */
    static StageChart stageChart(PlanView plan) {
        Map<DealStage, BigDecimal[]> totals = new EnumMap<>(DealStage.class);
        Map<DealStage, Integer> counts = new EnumMap<>(DealStage.class);
        for (Listed<Deal> listed : plan.deals()) {
            Deal deal = listed.item();
            if (deal.stage() == null) {
                continue;
            }
            BigDecimal[] sums = totals.computeIfAbsent(deal.stage(), stage -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(amount(deal.amount()));
            sums[1] = sums[1].add(amount(deal.creditedAmount()));
            counts.merge(deal.stage(), 1, Integer::sum);
        }
        List<StageChart.StageTotal> stages = new ArrayList<>();
        totals.forEach((stage, sums) -> stages.add(new StageChart.StageTotal(
                Formats.capitalized(Formats.label(stage)), sums[0], sums[1], counts.get(stage))));
        return new StageChart(currency(plan), plan.organizationName(plan.partnerOrg()), stages);
    }

    private static BigDecimal amount(Money money) {
        return money == null || money.amount() == null ? BigDecimal.ZERO : money.amount();
    }

    private static Money money(BigDecimal amount, PlanView plan) {
        return new Money(amount, currency(plan));
    }

    /** Returns the plan's currency: every amount of a plan is in it, so totals may add amounts up. */
    static String currency(PlanView plan) {
        if (plan.currency() != null) {
            return plan.currency();
        }
        return plan.deals().stream().map(Listed::item).map(Deal::amount)
                .filter(money -> money != null && money.currency() != null)
                .map(Money::currency).findFirst().orElse(null);
    }
}
