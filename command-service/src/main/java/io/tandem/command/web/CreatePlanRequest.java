package io.tandem.command.web;

import io.tandem.plan.section.AccountOverview;

/** Body of a plan creation; the caller's organization must be {@code owner_org}. */
public record CreatePlanRequest(String ownerOrg, String ownerOrgName, String partnerOrg, String partnerOrgName,
                                Integer tier, String currency, AccountOverview accountOverview) {
}
