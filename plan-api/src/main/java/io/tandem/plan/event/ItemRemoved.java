package io.tandem.plan.event;

/** An item was removed from its section. */
public sealed interface ItemRemoved extends ItemEvent
        permits TeamMemberRemoved, ContactRemoved, MilestoneRemoved, WhitespaceRemoved, DealRemoved,
        ActivityRemoved, RiskRemoved, TargetRemoved {
}
