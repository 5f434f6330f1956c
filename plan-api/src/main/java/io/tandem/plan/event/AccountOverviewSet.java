package io.tandem.plan.event;

import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.value.Section;

public record AccountOverviewSet(String planId, AccountOverview accountOverview) implements SectionReplaced {

    @Override
    public Section section() {
        return Section.ACCOUNT_OVERVIEW;
    }

    @Override
    public AccountOverview content() {
        return accountOverview;
    }
}
