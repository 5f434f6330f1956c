package io.tandem.export.plan;

import io.tandem.plan.item.Contact;
import io.tandem.plan.item.PlanItem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where an export drops what its audience may not see. Every renderer works on the plan
 * this returns, so a partner export cannot show an internal item in its body, tables, notes, charts or
 * document properties.
 */
public final class AudienceFilter {

    private AudienceFilter() {
    }

    public static PlanView apply(PlanView plan, Audience audience) {
        if (audience == Audience.OWN) {
            return plan;
        }
        List<Listed<Contact>> contacts = shared(plan.contacts());
        return new PlanView(plan.planId(), plan.version(), plan.ownerOrg(), plan.ownerOrgName(), plan.partnerOrg(),
                plan.partnerOrgName(), plan.tier(), plan.currency(), plan.updatedAt(), plan.asOf(),
                plan.accountOverview(), plan.valueProposition(), plan.currentState(), plan.reviewCadence(),
                shared(plan.teamMembers()), withoutHiddenManagers(contacts), shared(plan.targets()),
                shared(plan.milestones()), shared(plan.whitespace()), shared(plan.deals()),
                shared(plan.activities()), shared(plan.risks()), plan.reviews());
    }

    private static <T extends PlanItem> List<Listed<T>> shared(List<Listed<T>> items) {
        return items.stream().filter(item -> !item.internal()).toList();
    }

    /**
     * Clears a reports-to that names a contact the audience does not get. The command side rejects a shared
     * contact reporting to an internal one, so this guards older data and keeps even the ref out of the file.
     */
    private static List<Listed<Contact>> withoutHiddenManagers(List<Listed<Contact>> contacts) {
        Set<String> refs = contacts.stream().map(contact -> contact.item().ref()).collect(Collectors.toSet());
        return contacts.stream().map(listed -> {
            Contact contact = listed.item();
            if (contact.reportsTo() == null || refs.contains(contact.reportsTo())) {
                return listed;
            }
            return new Listed<>(new Contact(contact.ref(), contact.name(), contact.title(), null,
                    contact.relationshipStrength(), contact.role(), contact.note()), listed.internal());
        }).toList();
    }
}
