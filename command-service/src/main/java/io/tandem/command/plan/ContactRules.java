package io.tandem.command.plan;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.state.PlanState;
import java.util.HashSet;
import java.util.Set;

/**
 * The org-chart rules of the key contacts: a reports-to names an existing contact the author can
 * see, the chain has no cycle, and a shared contact never points at an internal one (which the
 * other organization could not resolve).
 */
final class ContactRules {

    private ContactRules() {
    }

    static void check(PlanState state, PlanItem item, String internalTo, String organization) {
        if (!(item instanceof Contact contact) || contact.reportsTo() == null) {
            return;
        }
        String manager = contact.reportsTo();
        if (manager.equals(contact.ref())) {
            throw new PlanRejectedException(ErrorCode.REPORTING_CYCLE, "reports_to",
                    "Contact '" + contact.ref() + "' cannot report to itself");
        }
        if (state.item(ItemKind.CONTACT, manager).isEmpty()
                || !state.isVisibleTo(ItemKind.CONTACT, manager, organization)) {
            throw new PlanRejectedException(ErrorCode.UNKNOWN_REPORTS_TO, "reports_to",
                    "reports_to names no contact of this plan: '" + manager + "'");
        }
        if (internalTo == null && state.internalTo(ItemKind.CONTACT, manager) != null) {
            throw new PlanRejectedException(ErrorCode.REPORTS_TO_INTERNAL, "reports_to",
                    "A shared contact cannot report to the internal contact '" + manager + "'");
        }
        Set<String> seen = new HashSet<>();
        String next = manager;
        while (next != null && seen.add(next)) {
            if (next.equals(contact.ref())) {
                throw new PlanRejectedException(ErrorCode.REPORTING_CYCLE, "reports_to",
                        "Contact '" + contact.ref() + "' reporting to '" + manager + "' would make a reporting cycle");
            }
            next = state.item(ItemKind.CONTACT, next).map(c -> ((Contact) c).reportsTo()).orElse(null);
        }
    }

    /** Rejects removing a contact that others still report to; only refs the caller may see are named. */
    static void checkRemoval(PlanState state, String ref, String organization) {
        var reports = state.items(ItemKind.CONTACT).values().stream()
                .map(Contact.class::cast)
                .filter(c -> ref.equals(c.reportsTo()))
                .toList();
        if (reports.isEmpty()) {
            return;
        }
        var visible = reports.stream()
                .map(Contact::ref)
                .filter(r -> state.isVisibleTo(ItemKind.CONTACT, r, organization))
                .toList();
        throw new PlanRejectedException(ErrorCode.CONTACT_HAS_REPORTS, "ref",
                "Contact '" + ref + "' still has direct reports" + (visible.isEmpty() ? "" : " " + visible)
                        + "; change their reports_to first");
    }
}
