package io.tandem.plan.item;

import io.tandem.plan.value.RelationshipStrength;

/** A person at the customer; {@code reportsTo} is the ref of their manager among the contacts. */
public record Contact(String ref, String name, String title, String reportsTo,
                      RelationshipStrength relationshipStrength, String role, String note) implements PlanItem {
}
