package io.tandem.query.projection;

import java.time.Instant;

/** One entry of a plan list, read from the projection's columns. */
public record PlanSummary(String planId, String account, String ownerOrg, String ownerOrgName, String partnerOrg,
                          String partnerOrgName, int tier, long version, Instant updatedAt) {
}
