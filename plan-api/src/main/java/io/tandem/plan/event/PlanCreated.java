package io.tandem.plan.event;

import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.value.Section;

/**
 * A plan was created by a user of the owner organization. {@code currency} is the one currency
 * of every money field of the plan.
 */
public record PlanCreated(String planId, String ownerOrg, String ownerOrgName, String partnerOrg,
                          String partnerOrgName, int tier, String currency, AccountOverview accountOverview)
        implements PlanEvent {

    @Override
    public Section section() {
        return Section.PLAN;
    }
}
