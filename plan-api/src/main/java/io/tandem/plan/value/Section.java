package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The eleven sections of a joint account plan in their document order, plus {@link #PLAN} for
 * what belongs to the plan as a whole (creation, tier, recorded reviews).
 */
public enum Section {
    @JsonProperty("plan") PLAN(0, "Plan"),
    @JsonProperty("account_overview") ACCOUNT_OVERVIEW(1, "Account overview"),
    @JsonProperty("value_proposition") VALUE_PROPOSITION(2, "Joint value proposition"),
    @JsonProperty("account_team") ACCOUNT_TEAM(3, "Account team"),
    @JsonProperty("key_contacts") KEY_CONTACTS(4, "Customer key contacts"),
    @JsonProperty("current_state") CURRENT_STATE(5, "Current state"),
    @JsonProperty("targets_and_milestones") TARGETS_AND_MILESTONES(6, "Joint targets and milestones"),
    @JsonProperty("whitespace") WHITESPACE(7, "Whitespace and expansion"),
    @JsonProperty("pipeline") PIPELINE(8, "Open pipeline"),
    @JsonProperty("motion_plan") MOTION_PLAN(9, "Joint motion plan"),
    @JsonProperty("risks") RISKS(10, "Risks and mitigations"),
    @JsonProperty("review_cadence") REVIEW_CADENCE(11, "Review cadence");

    private final int number;
    private final String title;

    Section(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** Position in the plan document, 1 to 11; 0 for {@link #PLAN}. */
    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}
