package io.tandem.export.layout;

import io.tandem.plan.value.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The joint account plan template's description of each section, shown where a plan has nothing yet. */
public final class SectionTemplate {

    private static final Map<Section, String> HINTS = new EnumMap<>(Section.class);

    static {
        HINTS.put(Section.ACCOUNT_OVERVIEW, "The account, its industry and size, the ARR with each party, and why "
                + "the account matters to both.");
        HINTS.put(Section.VALUE_PROPOSITION, "The combined value of the two organizations, the customer outcomes "
                + "it produces, and what sets it apart.");
        HINTS.put(Section.ACCOUNT_TEAM, "The named people on each side, what each is accountable for, and the "
                + "executive sponsors.");
        HINTS.put(Section.KEY_CONTACTS, "The customer's people as an org chart (who reports to whom), the "
                + "relationship strength with each, the champion, detractors and risk contacts.");
        HINTS.put(Section.CURRENT_STATE, "The solutions deployed today, past joint wins and friction, and the "
                + "spend with each party.");
        HINTS.put(Section.TARGETS_AND_MILESTONES, "Revenue and pipeline targets per period, and milestones with "
                + "owner, due date and status.");
        HINTS.put(Section.WHITESPACE, "Expansion opportunities, each with the hypothesis to validate and an "
                + "estimated value.");
        HINTS.put(Section.PIPELINE, "Open deals with stage, amount, the amount credited to the partner, the "
                + "partner's role (sourced, influence, co-sell) and the expected close date.");
        HINTS.put(Section.MOTION_PLAN, "The joint activities of the next 90 days, each with owner, due date and "
                + "status.");
        HINTS.put(Section.RISKS, "Risks with likelihood, impact, mitigation and the owner of the mitigation.");
        HINTS.put(Section.REVIEW_CADENCE, "How often the plan is refreshed, the next review, the escalation path "
                + "and who is accountable for what.");
    }

    private SectionTemplate() {
    }

    /** Returns the hint block for an empty section or part: "What belongs here: ...". */
    public static Block.Text hint(Section section) {
        return Block.Text.hint("What belongs here: " + HINTS.get(section));
    }

    /** Returns the blocks of a section that the plan has nothing for. */
    public static List<Block> empty(Section section, String nothingYet) {
        return List.of(Block.Text.of(nothingYet), hint(section));
    }
}
