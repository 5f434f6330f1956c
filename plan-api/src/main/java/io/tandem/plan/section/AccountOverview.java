package io.tandem.plan.section;

import io.tandem.plan.value.Money;

/** Section 1: the customer account and what each party earns from it today. */
public record AccountOverview(String account, String industry, String size, Money arrWithUs,
                              Money arrWithPartner, String strategicImportance) {
}
