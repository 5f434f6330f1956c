package io.tandem.plan.command;

import io.tandem.plan.section.AccountOverview;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a plan between the owner organization (the vendor, whose user creates it) and a
 * partner. {@code currency} may be omitted when the account overview names money amounts.
 */
public record CreatePlan(@TargetAggregateIdentifier String planId, String ownerOrg, String ownerOrgName,
                         String partnerOrg, String partnerOrgName, Integer tier, String currency,
                         AccountOverview accountOverview) {
}
