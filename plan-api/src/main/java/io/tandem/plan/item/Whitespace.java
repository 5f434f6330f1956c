package io.tandem.plan.item;

import io.tandem.plan.value.Money;

/** An expansion opportunity with the hypothesis that must hold for it to be worth pursuing. */
public record Whitespace(String ref, String opportunity, String hypothesis, Money estimatedValue)
        implements PlanItem {
}
