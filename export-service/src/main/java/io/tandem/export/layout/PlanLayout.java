package io.tandem.export.layout;

import io.tandem.export.plan.AudienceFilter;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a plan out as an export: filters it for the audience, then picks and orders the sections by tier.
 * Tier 1 renders all eleven sections; Tier 2 sums up sections 4 to 7 on one page; Tier 3 renders only the
 * value proposition, the team and the pipeline. A tier outside 1 to 3 is rendered like Tier 1.
 */
public final class PlanLayout {

    private static final Set<Section> TIER_2_DIGEST = EnumSet.of(Section.KEY_CONTACTS, Section.CURRENT_STATE,
            Section.TARGETS_AND_MILESTONES, Section.WHITESPACE);
    private static final Set<Section> TIER_3 = EnumSet.of(Section.VALUE_PROPOSITION, Section.ACCOUNT_TEAM,
            Section.PIPELINE);

    private PlanLayout() {
    }

    public static ExportDocument layOut(PlanView fetched, ExportRequest request) {
        PlanView plan = AudienceFilter.apply(fetched, request.audience());
        List<SectionPage> sections = new ArrayList<>();
        boolean digestPlaced = false;
        for (Section section : Section.values()) {
            if (section == Section.PLAN || !isRendered(section, plan.tier())) {
                continue;
            }
            if (plan.tier() == 2 && TIER_2_DIGEST.contains(section)) {
                if (!digestPlaced) {
                    sections.add(new SectionPage("4-7", "Contacts, current state, targets and whitespace",
                            CompressedSummary.digest(plan), ReviewerPrompts.forCompressedSummary(), false));
                    digestPlaced = true;
                }
                continue;
            }
            sections.add(page(section, plan));
        }
        return new ExportDocument(TitleBlocks.titleBlock(plan, request), List.copyOf(sections),
                TitleBlocks.summary(plan, request), FileNames.stem(plan, request));
    }

    private static boolean isRendered(Section section, int tier) {
        return tier != 3 || TIER_3.contains(section);
    }

    private static SectionPage page(Section section, PlanView plan) {
        List<Block> blocks = builder(section).apply(plan);
        boolean empty = blocks.stream().allMatch(block -> block instanceof Block.Text)
                && blocks.stream().anyMatch(block -> block instanceof Block.Text text && text.hint());
        if (blocks.isEmpty()) {
            blocks = SectionTemplate.empty(section, "Nothing has been written in this section yet.");
            empty = true;
        }
        return new SectionPage(String.valueOf(section.number()), section.title(), blocks,
                ReviewerPrompts.forSection(section, plan), empty);
    }

    private static Function<PlanView, List<Block>> builder(Section section) {
        return switch (section) {
            case ACCOUNT_OVERVIEW -> OverviewSections::accountOverview;
            case VALUE_PROPOSITION -> OverviewSections::valueProposition;
            case ACCOUNT_TEAM -> PeopleSections::team;
            case KEY_CONTACTS -> PeopleSections::contacts;
            case CURRENT_STATE -> OverviewSections::currentState;
            case TARGETS_AND_MILESTONES -> CommercialSections::targetsAndMilestones;
            case WHITESPACE -> CommercialSections::whitespace;
            case PIPELINE -> CommercialSections::pipeline;
            case MOTION_PLAN -> ExecutionSections::motionPlan;
            case RISKS -> ExecutionSections::risks;
            case REVIEW_CADENCE -> OverviewSections::reviewCadence;
            case PLAN -> plan -> List.of();
        };
    }
}
