package io.tandem.plan.item;

import io.tandem.plan.value.Section;

/** The kinds of list items, with the section each belongs to and its name in URLs and JSON. */
public enum ItemKind {
    TEAM_MEMBER("team_members", Section.ACCOUNT_TEAM, TeamMember.class),
    CONTACT("contacts", Section.KEY_CONTACTS, Contact.class),
    TARGET("targets", Section.TARGETS_AND_MILESTONES, Target.class),
    MILESTONE("milestones", Section.TARGETS_AND_MILESTONES, Milestone.class),
    WHITESPACE("whitespace", Section.WHITESPACE, Whitespace.class),
    DEAL("deals", Section.PIPELINE, Deal.class),
    ACTIVITY("activities", Section.MOTION_PLAN, Activity.class),
    RISK("risks", Section.RISKS, Risk.class);

    private final String collection;
    private final Section section;
    private final Class<? extends PlanItem> type;

    ItemKind(String collection, Section section, Class<? extends PlanItem> type) {
        this.collection = collection;
        this.section = section;
        this.type = type;
    }

    /** Plural name used in REST paths and in the plan's JSON, such as {@code deals}. */
    public String collection() {
        return collection;
    }

    /** Name of this kind in REST paths, such as {@code team-members}. */
    public String path() {
        return collection.replace('_', '-');
    }

    public Section section() {
        return section;
    }

    public Class<? extends PlanItem> type() {
        return type;
    }

    public static ItemKind of(PlanItem item) {
        for (ItemKind kind : values()) {
            if (kind.type.isInstance(item)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a plan item: " + item.getClass().getName());
    }

    public static ItemKind fromPath(String path) {
        for (ItemKind kind : values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        return null;
    }
}
