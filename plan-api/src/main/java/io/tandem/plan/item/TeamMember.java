package io.tandem.plan.item;

/**
 * A named person on the account team. {@code side} is the organization the person works for;
 * a member added without a ref is named by {@code name}.
 */
public record TeamMember(String ref, String side, String name, String role, String accountableFor,
                         Boolean executiveSponsor) implements PlanItem {
}
