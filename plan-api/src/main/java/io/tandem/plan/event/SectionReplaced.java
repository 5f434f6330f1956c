package io.tandem.plan.event;

/** An event that replaces the whole content of a single-record section. */
public sealed interface SectionReplaced extends PlanEvent
        permits AccountOverviewSet, ValuePropositionSet, CurrentStateSet, ReviewCadenceSet {

    Object content();
}
