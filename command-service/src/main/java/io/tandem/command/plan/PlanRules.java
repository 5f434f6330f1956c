package io.tandem.command.plan;

import static io.tandem.plan.error.PlanRejectedException.invalid;
import static io.tandem.plan.error.PlanRejectedException.missing;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The input rules of every part of a plan. Field names in rejections are the JSON names of the
 * request body, prefixed where the value is nested (such as {@code account_overview.arr_with_us}).
 */
final class PlanRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_LIST = 100;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /**
     * A ref is a segment of its item's URL, so it excludes what Tomcat and Spring Security reject
     * in a path even when escaped ('/', '\', '%', ';'), and the segments "." and "..".
     */
    private static final Pattern REF = Pattern.compile("(?!\\.\\.?$)[^/\\\\%;\\p{Cntrl}]{1,100}");
    private static final Pattern PERIOD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}");

    private PlanRules() {
    }

    static void checkTier(Integer tier, String field) {
        if (tier == null) {
            throw missing(field);
        }
        if (tier < 1 || tier > 3) {
            throw invalid(field, field + " must be 1, 2 or 3, not " + tier);
        }
    }

    static String checkCurrencyCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw missing(field);
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw invalid(field, field + " must be an ISO 4217 currency code such as USD, not '" + code + "'");
        }
    }

    /** Checks an optional amount: when present it must be in the plan's one currency. */
    static void checkMoney(Money money, String field, String planCurrency) {
        if (money == null) {
            return;
        }
        if (money.amount() == null) {
            throw missing(field + ".amount");
        }
        if (money.amount().signum() < 0) {
            throw invalid(field + ".amount", field + ".amount must not be negative");
        }
        if (money.amount().compareTo(MAX_AMOUNT) > 0 || money.amount().scale() > 2) {
            throw invalid(field + ".amount", field + ".amount must be below 10^12 with at most 2 decimals");
        }
        String currency = checkCurrencyCode(money.currency(), field + ".currency");
        if (!currency.equals(planCurrency)) {
            throw new PlanRejectedException(ErrorCode.CURRENCY_MISMATCH, field + ".currency",
                    field + " is in " + currency + " but every amount of this plan is in " + planCurrency);
        }
    }

    static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return optionalText(value, field, max);
    }

    static String optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field, field + " is longer than " + max + " characters");
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw invalid(field, field + " must not contain the NUL character");
        }
        return value;
    }

    /** Checks an optional date: plans deal in years with four digits, so +12026-09-30 is a typo. */
    static void checkDate(LocalDate date, String field) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw invalid(field, field + " must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR
                    + ", not " + date);
        }
    }

    static void checkList(List<String> values, String field) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_LIST) {
            throw invalid(field, field + " has more than " + MAX_LIST + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            requireText(values.get(i), field + "[" + i + "]", MAX_TEXT);
        }
    }

    static void checkRef(String ref, String field) {
        if (ref == null || ref.isBlank()) {
            throw missing(field);
        }
        if (!REF.matcher(ref).matches() || !ref.equals(ref.strip())) {
            throw invalid(field, "'" + ref + "' is not a valid " + field + ": use 1 to 100 characters without '/', "
                    + "'\\', '%', ';', control characters or surrounding spaces, other than '.' and '..'");
        }
    }

    static void checkOverview(AccountOverview overview, String prefix, String currency) {
        if (overview == null) {
            throw missing(prefix.isEmpty() ? "account_overview" : prefix.substring(0, prefix.length() - 1));
        }
        requireText(overview.account(), prefix + "account", MAX_NAME);
        optionalText(overview.industry(), prefix + "industry", MAX_NAME);
        optionalText(overview.size(), prefix + "size", MAX_NAME);
        optionalText(overview.strategicImportance(), prefix + "strategic_importance", MAX_TEXT);
        checkMoney(overview.arrWithUs(), prefix + "arr_with_us", currency);
        checkMoney(overview.arrWithPartner(), prefix + "arr_with_partner", currency);
    }

    static void checkValueProposition(ValueProposition proposition) {
        requireText(proposition.combinedValue(), "combined_value", MAX_TEXT);
        checkList(proposition.customerOutcomes(), "customer_outcomes");
        checkList(proposition.differentiators(), "differentiators");
    }

    static void checkCurrentState(CurrentState state, String currency) {
        checkList(state.solutionsDeployed(), "solutions_deployed");
        checkList(state.pastJointWins(), "past_joint_wins");
        checkList(state.pastJointFriction(), "past_joint_friction");
        checkMoney(state.spendWithUs(), "spend_with_us", currency);
        checkMoney(state.spendWithPartner(), "spend_with_partner", currency);
    }

    static void checkReviewCadence(ReviewCadence cadence) {
        if (cadence.frequency() == null) {
            throw missing("frequency");
        }
        checkList(cadence.escalationPath(), "escalation_path");
        checkDate(cadence.nextReview(), "next_review");
        optionalText(cadence.accountabilities(), "accountabilities", MAX_TEXT);
    }

    static void checkTarget(Target target, String currency) {
        if (target.period() == null || target.period().isBlank()) {
            throw missing("period");
        }
        if (!PERIOD.matcher(target.period()).matches()) {
            throw invalid("period", "period must be 1 to 40 letters, digits, spaces, '.', '_' or '-', "
                    + "such as FY2026-H2, not '" + target.period() + "'");
        }
        if (target.revenueTarget() == null && target.pipelineTarget() == null) {
            throw missing("revenue_target");
        }
        checkMoney(target.revenueTarget(), "revenue_target", currency);
        checkMoney(target.pipelineTarget(), "pipeline_target", currency);
    }

    /** Checks the fields of a whole item; relations between items are checked by the aggregate. */
    static void checkItem(PlanItem item, String currency, List<String> organizations) {
        checkRef(item.ref(), "ref");
        if (item instanceof TeamMember member) {
            requireText(member.name(), "name", MAX_NAME);
            requireText(member.side(), "side", MAX_NAME);
            if (!organizations.contains(member.side())) {
                throw invalid("side", "side must be one of the plan's organizations " + organizations
                        + ", not '" + member.side() + "'");
            }
            optionalText(member.role(), "role", MAX_NAME);
            optionalText(member.accountableFor(), "accountable_for", MAX_TEXT);
        } else if (item instanceof Contact contact) {
            requireText(contact.name(), "name", MAX_NAME);
            optionalText(contact.title(), "title", MAX_NAME);
            optionalText(contact.role(), "role", MAX_NAME);
            optionalText(contact.note(), "note", MAX_TEXT);
            if (contact.reportsTo() != null) {
                checkRef(contact.reportsTo(), "reports_to");
            }
        } else if (item instanceof Milestone milestone) {
            requireText(milestone.name(), "name", MAX_TEXT);
            optionalText(milestone.owner(), "owner", MAX_NAME);
            requireValue(milestone.status(), "status");
            checkDate(milestone.due(), "due");
        } else if (item instanceof Whitespace whitespace) {
            requireText(whitespace.opportunity(), "opportunity", MAX_TEXT);
            optionalText(whitespace.hypothesis(), "hypothesis", MAX_TEXT);
            checkMoney(whitespace.estimatedValue(), "estimated_value", currency);
        } else if (item instanceof Deal deal) {
            checkDeal(deal, currency);
        } else if (item instanceof Activity activity) {
            requireText(activity.activity(), "activity", MAX_TEXT);
            optionalText(activity.owner(), "owner", MAX_NAME);
            requireValue(activity.status(), "status");
            checkDate(activity.due(), "due");
        } else if (item instanceof Risk risk) {
            requireText(risk.risk(), "risk", MAX_TEXT);
            requireValue(risk.likelihood(), "likelihood");
            requireValue(risk.impact(), "impact");
            optionalText(risk.mitigation(), "mitigation", MAX_TEXT);
            optionalText(risk.mitigationOwner(), "mitigation_owner", MAX_NAME);
        } else if (item instanceof Target target) {
            checkTarget(target, currency);
        } else {
            throw new IllegalArgumentException("No rules for " + ItemKind.of(item));
        }
    }

    private static void checkDeal(Deal deal, String currency) {
        requireText(deal.name(), "name", MAX_TEXT);
        requireValue(deal.stage(), "stage");
        requireValue(deal.amount(), "amount");
        requireValue(deal.partnerRole(), "partner_role");
        checkMoney(deal.amount(), "amount", currency);
        checkMoney(deal.creditedAmount(), "credited_amount", currency);
        checkDate(deal.expectedClose(), "expected_close");
        if (deal.creditedAmount() != null
                && deal.creditedAmount().amount().compareTo(deal.amount().amount()) > 0) {
            throw new PlanRejectedException(ErrorCode.CREDIT_ABOVE_AMOUNT, "credited_amount",
                    "credited_amount " + deal.creditedAmount().amount().toPlainString()
                            + " is above the deal amount " + deal.amount().amount().toPlainString());
        }
    }

    private static void requireValue(Object value, String field) {
        if (value == null) {
            throw missing(field);
        }
    }
}
