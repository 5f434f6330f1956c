package io.tandem.export.plan;

import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.Review;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan as query-service renders it for the caller's organization: the other organization's internal
 * items are already absent. Sections never set are null; {@code asOf} is null for the current plan.
 */
public record PlanView(
        String planId,
        long version,
        String ownerOrg,
        String ownerOrgName,
        String partnerOrg,
        String partnerOrgName,
        int tier,
        String currency,
        Instant updatedAt,
        AsOf asOf,
        AccountOverview accountOverview,
        ValueProposition valueProposition,
        CurrentState currentState,
        ReviewCadence reviewCadence,
        List<Listed<TeamMember>> teamMembers,
        List<Listed<Contact>> contacts,
        List<Listed<Target>> targets,
        List<Listed<Milestone>> milestones,
        List<Listed<Whitespace>> whitespace,
        List<Listed<Deal>> deals,
        List<Listed<Activity>> activities,
        List<Listed<Risk>> risks,
        List<Review> reviews) {

    /** Returns the display name of an organization of the plan, or its id when the plan has no name for it. */
    public String organizationName(String organization) {
        if (organization.equals(ownerOrg) && ownerOrgName != null) {
            return ownerOrgName;
        }
        if (organization.equals(partnerOrg) && partnerOrgName != null) {
            return partnerOrgName;
        }
        return organization;
    }

    /** Returns the organization of the plan that is not {@code organization}. */
    public String otherOrganization(String organization) {
        return organization.equals(ownerOrg) ? partnerOrg : ownerOrg;
    }

    public String account() {
        return accountOverview == null ? null : accountOverview.account();
    }

    /** Returns true when any list item of this view is internal to the caller's organization. */
    public boolean hasInternalItems() {
        return Stream.of(teamMembers, contacts, targets, milestones, whitespace, deals, activities,
                risks).flatMap(List::stream).anyMatch(Listed::internal);
    }
}
