package io.tandem.export.layout;

import io.tandem.export.plan.Listed;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The account team and the customer's key contacts. */
final class PeopleSections {

    private PeopleSections() {
    }

    static List<Block> team(PlanView plan) {
        if (plan.teamMembers().isEmpty()) {
            return SectionTemplate.empty(Section.ACCOUNT_TEAM, "No one has been named on the account team yet.");
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Listed<TeamMember> listed : plan.teamMembers()) {
            TeamMember member = listed.item();
            String side = member.side() == null ? "" : plan.organizationName(member.side());
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(Formats.orEmpty(member.name()), listed.internal()),
                    side,
                    Formats.orEmpty(member.role()),
                    Formats.orEmpty(member.accountableFor()),
                    Boolean.TRUE.equals(member.executiveSponsor()) ? "Yes" : ""), listed.internal()));
        }
        return List.of(new TableBlock(List.of("Name", "Organization", "Role", "Accountable for", "Executive sponsor"),
                List.of(3, 3, 3, 4, 2), rows, null));
    }

    static List<Block> contacts(PlanView plan) {
        if (plan.contacts().isEmpty()) {
            return SectionTemplate.empty(Section.KEY_CONTACTS, "No customer contacts have been mapped yet.");
        }
        Map<String, String> names = new HashMap<>();
        for (Listed<Contact> listed : plan.contacts()) {
            names.put(listed.item().ref(), listed.item().name());
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Listed<Contact> listed : plan.contacts()) {
            Contact contact = listed.item();
            String manager = contact.reportsTo() == null ? "" : names.getOrDefault(contact.reportsTo(), "");
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(Formats.orEmpty(contact.name()), listed.internal()),
                    Formats.orEmpty(contact.title()),
                    manager,
                    Formats.capitalized(Formats.label(contact.relationshipStrength())),
                    Formats.capitalized(contact.role()),
                    Formats.orEmpty(contact.note())), listed.internal()));
        }
        return List.of(new TableBlock(List.of("Name", "Title", "Reports to", "Relationship", "Role", "Note"),
                List.of(3, 3, 3, 3, 2, 5), rows, null));
    }
}
