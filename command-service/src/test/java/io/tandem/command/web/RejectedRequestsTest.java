package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

/**
 * Bad input to every endpoint family: each response is problem+json with a stable code and, where
 * one input is at fault, the field that names it, and no event is stored. In paths and bodies,
 * {@code {plan}} stands for the plan made before all tests and {@code {v}} for its version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedRequestsTest extends CommandApiTest {

    private static final HttpMethod POST = HttpMethod.POST;
    private static final HttpMethod PUT = HttpMethod.PUT;
    private static final HttpMethod PATCH = HttpMethod.PATCH;
    private static final HttpMethod DELETE = HttpMethod.DELETE;

    private static final String DEAL = """
            "name": "Telematics pilot", "stage": "discovery", "amount": {"amount": 150000, "currency": "USD"},
            "partner_role": "sourced\"""";

    private String plan;
    private long version;

    /** A request that must be rejected, by Dana of the owner organization unless a token is named. */
    record Rejection(String name, HttpMethod method, String path, String body, String token,
                     int status, String code, String field) {

        Rejection by(String otherToken) {
            return new Rejection(name, method, path, body, otherToken, status, code, field);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Rejection reject(String name, HttpMethod method, String path, String body, int status, String code,
                                    String field) {
        return new Rejection(name, method, path, body, DANA, status, code, field);
    }

    private static Rejection invalid(String name, HttpMethod method, String path, String body, String code,
                                     String field) {
        return reject(name, method, path, body, 400, code, field);
    }

    @BeforeAll
    void createPlanWithItems() {
        connect();
        plan = createPlan();
        accepted(api.post(path(plan, "contacts"), DANA, edit(0, "{\"ref\": \"c1\", \"name\": \"Aisha Karimi\"}")));
        accepted(api.post(path(plan, "contacts"), DANA,
                edit(1, "{\"ref\": \"c2\", \"name\": \"Jonas Weber\", \"reports_to\": \"c1\"}")));
        accepted(api.post(path(plan, "deals"), DANA, edit(2, "{\"ref\": \"d1\", " + DEAL + "}")));
        accepted(api.post(path(plan, "reviews"), PRIYA, edit(3, "{\"name\": \"FY2026 Q3 QBR\"}")));
        accepted(api.put(path(plan, "targets", "FY2026-H2"), DANA, edit(4, PlanRequests.TARGET)));
        version = accepted(api.post(path(plan, "risks"), PRIYA, edit(5, """
                {"ref": "r9", "risk": "Quota relief ends", "likelihood": "medium", "impact": "medium",
                 "visibility": "internal"}""")));
    }

    static Stream<Rejection> rejections() {
        return Stream.of(creation(), tier(), reviews(), sections(), targets(), itemAdditions(), itemUpdates(),
                itemRemovals()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithProblemAndStoresNothing(Rejection rejection) {
        long before = storedEvents();
        String requestPath = "/api/plans" + (rejection.path().isEmpty() ? "" : "/" + rejection.path()
                .replace("{plan}", plan).replace("{v}", Long.toString(version)));
        String body = rejection.body() == null ? null : rejection.body().replace("{v}", Long.toString(version));

        PlanApi.Response response = api.send(rejection.method(), requestPath, rejection.token(), body);

        assertProblem(response, rejection.status(), rejection.code(), rejection.field());
        assertThat(storedEvents()).as("stored events").isEqualTo(before);
    }

    private static List<Rejection> creation() {
        String valid = PlanRequests.CREATE_PLAN;
        return List.of(
                invalid("create: malformed JSON", POST, "", "{\"owner_org\": \"altura\",", "MALFORMED_JSON", null),
                invalid("create: empty body", POST, "", "", "MALFORMED_JSON", null),
                invalid("create: array body", POST, "", "[]", "WRONG_TYPE", null),
                invalid("create: unknown field", POST, "", valid.replaceFirst("\\{", "{\"colour\": \"red\", "),
                        "UNKNOWN_FIELD", "colour"),
                invalid("create: tier as string", POST, "", valid.replace("\"tier\": 1", "\"tier\": \"1\""),
                        "WRONG_TYPE", "tier"),
                invalid("create: tier as fraction", POST, "", valid.replace("\"tier\": 1", "\"tier\": 1.5"),
                        "INVALID_FIELD", "tier"),
                invalid("create: tier out of range", POST, "", valid.replace("\"tier\": 1", "\"tier\": 4"),
                        "INVALID_FIELD", "tier"),
                invalid("create: missing tier", POST, "", valid.replace("\"tier\": 1,", ""), "MISSING_FIELD", "tier"),
                invalid("create: missing partner", POST, "", valid.replace("\"partner_org\": \"meridian\",", ""),
                        "MISSING_FIELD", "partner_org"),
                invalid("create: invalid currency", POST, "", valid.replace("\"tier\": 1,",
                        "\"tier\": 1, \"currency\": \"DOLLARS\","), "INVALID_FIELD", "currency"),
                invalid("create: currency other than the overview's", POST, "", valid.replace("\"tier\": 1,",
                        "\"tier\": 1, \"currency\": \"EUR\","), "CURRENCY_MISMATCH",
                        "account_overview.arr_with_us.currency"),
                invalid("create: amount as string", POST, "",
                        valid.replace("\"amount\": 420000", "\"amount\": \"420000\""), "WRONG_TYPE",
                        "account_overview.arr_with_us.amount"),
                invalid("create: overview as string", POST, "", """
                        {"owner_org": "altura", "partner_org": "meridian", "tier": 1, "currency": "USD",
                         "account_overview": "Kestrel"}""", "WRONG_TYPE", "account_overview"),
                reject("create: for another owner organization", POST, "", valid, 403, "NOT_OWNER_ORGANIZATION",
                        "owner_org").by(PRIYA));
    }

    private static List<Rejection> tier() {
        return List.of(
                invalid("tier: malformed JSON", PUT, "{plan}/tier", "{\"base_version\": {v}, \"tier\":",
                        "MALFORMED_JSON", null),
                invalid("tier: unknown field", PUT, "{plan}/tier",
                        "{\"base_version\": {v}, \"tier\": 2, \"colour\": 1}", "UNKNOWN_FIELD", "colour"),
                invalid("tier: as string", PUT, "{plan}/tier", "{\"base_version\": {v}, \"tier\": \"2\"}",
                        "WRONG_TYPE", "tier"),
                invalid("tier: out of range", PUT, "{plan}/tier", "{\"base_version\": {v}, \"tier\": 9}",
                        "INVALID_FIELD", "tier"),
                invalid("tier: beyond int", PUT, "{plan}/tier", "{\"base_version\": {v}, \"tier\": 99999999999}",
                        "INVALID_FIELD", "tier"),
                invalid("tier: missing", PUT, "{plan}/tier", "{\"base_version\": {v}}", "MISSING_FIELD", "tier"),
                invalid("tier: missing base_version", PUT, "{plan}/tier", "{\"tier\": 2}", "MISSING_FIELD",
                        "base_version"),
                invalid("tier: base_version as string", PUT, "{plan}/tier", "{\"base_version\": \"{v}\", \"tier\": 2}",
                        "WRONG_TYPE", "base_version"),
                invalid("tier: base_version as fraction", PUT, "{plan}/tier", "{\"base_version\": 1.5, \"tier\": 2}",
                        "WRONG_TYPE", "base_version"),
                invalid("tier: negative base_version", PUT, "{plan}/tier", "{\"base_version\": -1, \"tier\": 2}",
                        "INVALID_FIELD", "base_version"),
                invalid("tier: base_version ahead", PUT, "{plan}/tier", "{\"base_version\": 99, \"tier\": 2}",
                        "BASE_VERSION_AHEAD", "base_version"),
                reject("tier: unknown plan", PUT, "no-such-plan/tier", "{\"base_version\": 0, \"tier\": 2}", 404,
                        "PLAN_NOT_FOUND", null));
    }

    private static List<Rejection> reviews() {
        return List.of(
                invalid("review: malformed JSON", POST, "{plan}/reviews", "{\"base_version\": {v}, \"name\": \"Q\"",
                        "MALFORMED_JSON", null),
                invalid("review: unknown field", POST, "{plan}/reviews",
                        "{\"base_version\": {v}, \"name\": \"Q4\", \"recorded_by\": \"mallory\"}", "UNKNOWN_FIELD",
                        "recorded_by"),
                invalid("review: object for name", POST, "{plan}/reviews",
                        "{\"base_version\": {v}, \"name\": {\"en\": \"Q4\"}}", "WRONG_TYPE", "name"),
                invalid("review: missing name", POST, "{plan}/reviews", "{\"base_version\": {v}, \"notes\": \"n\"}",
                        "MISSING_FIELD", "name"),
                invalid("review: name recorded before", POST, "{plan}/reviews",
                        "{\"base_version\": {v}, \"name\": \"fy2026 q3 qbr\"}", "DUPLICATE_REVIEW", "name"),
                invalid("review: missing base_version", POST, "{plan}/reviews", "{\"name\": \"Q4\"}", "MISSING_FIELD",
                        "base_version"),
                reject("review: unknown plan", POST, "no-such-plan/reviews", "{\"base_version\": 0, \"name\": \"Q\"}",
                        404, "PLAN_NOT_FOUND", null));
    }

    private static List<Rejection> sections() {
        String manyOutcomes = String.join(", ", Collections.nCopies(101, "\"outcome\""));
        return List.of(
                invalid("account overview: malformed JSON", PUT, "{plan}/account-overview", "{\"base_version\": {v}",
                        "MALFORMED_JSON", null),
                invalid("account overview: unknown field", PUT, "{plan}/account-overview",
                        "{\"base_version\": {v}, \"account\": \"K\", \"revenue\": 1}", "UNKNOWN_FIELD", "revenue"),
                invalid("account overview: missing account", PUT, "{plan}/account-overview",
                        "{\"base_version\": {v}, \"industry\": \"Logistics\"}", "MISSING_FIELD", "account"),
                invalid("account overview: amount as string", PUT, "{plan}/account-overview",
                        "{\"base_version\": {v}, \"account\": \"K\", \"arr_with_us\": {\"amount\": \"1\", "
                                + "\"currency\": \"USD\"}}", "WRONG_TYPE", "arr_with_us.amount"),
                invalid("account overview: other currency", PUT, "{plan}/account-overview",
                        "{\"base_version\": {v}, \"account\": \"K\", \"arr_with_us\": {\"amount\": 1, "
                                + "\"currency\": \"EUR\"}}", "CURRENCY_MISMATCH", "arr_with_us.currency"),
                invalid("account overview: missing base_version", PUT, "{plan}/account-overview",
                        "{\"account\": \"K\"}", "MISSING_FIELD", "base_version"),
                invalid("account overview: base_version as boolean", PUT, "{plan}/account-overview",
                        "{\"base_version\": true, \"account\": \"K\"}", "WRONG_TYPE", "base_version"),
                reject("account overview: unknown plan", PUT, "no-such-plan/account-overview",
                        "{\"base_version\": 0, \"account\": \"K\"}", 404, "PLAN_NOT_FOUND", null),
                invalid("value proposition: malformed JSON", PUT, "{plan}/value-proposition", "{\"base_version\" {v}}",
                        "MALFORMED_JSON", null),
                invalid("value proposition: unknown field", PUT, "{plan}/value-proposition",
                        "{\"base_version\": {v}, \"combined_value\": \"V\", \"slogan\": \"S\"}", "UNKNOWN_FIELD",
                        "slogan"),
                invalid("value proposition: missing combined value", PUT, "{plan}/value-proposition",
                        "{\"base_version\": {v}, \"customer_outcomes\": [\"O\"]}", "MISSING_FIELD", "combined_value"),
                invalid("value proposition: string for list", PUT, "{plan}/value-proposition",
                        "{\"base_version\": {v}, \"combined_value\": \"V\", \"customer_outcomes\": \"O\"}",
                        "WRONG_TYPE", "customer_outcomes"),
                invalid("value proposition: too many outcomes", PUT, "{plan}/value-proposition",
                        "{\"base_version\": {v}, \"combined_value\": \"V\", \"customer_outcomes\": [" + manyOutcomes
                                + "]}", "INVALID_FIELD", "customer_outcomes"),
                invalid("value proposition: missing base_version", PUT, "{plan}/value-proposition",
                        "{\"combined_value\": \"V\"}", "MISSING_FIELD", "base_version"),
                reject("value proposition: unknown plan", PUT, "no-such-plan/value-proposition",
                        "{\"base_version\": 0, \"combined_value\": \"V\"}", 404, "PLAN_NOT_FOUND", null),
                invalid("current state: malformed JSON", PUT, "{plan}/current-state", "{\"base_version\": {v},}",
                        "MALFORMED_JSON", null),
                invalid("current state: unknown field", PUT, "{plan}/current-state",
                        "{\"base_version\": {v}, \"spend\": 1}", "UNKNOWN_FIELD", "spend"),
                invalid("current state: number for money", PUT, "{plan}/current-state",
                        "{\"base_version\": {v}, \"spend_with_us\": 5}", "WRONG_TYPE", "spend_with_us"),
                invalid("current state: object in list of text", PUT, "{plan}/current-state",
                        "{\"base_version\": {v}, \"past_joint_wins\": [\"Pilot\", {\"year\": 2025}]}", "WRONG_TYPE",
                        "past_joint_wins[1]"),
                invalid("current state: other currency", PUT, "{plan}/current-state",
                        "{\"base_version\": {v}, \"spend_with_partner\": {\"amount\": 1, \"currency\": \"EUR\"}}",
                        "CURRENCY_MISMATCH", "spend_with_partner.currency"),
                invalid("current state: missing base_version", PUT, "{plan}/current-state", "{}", "MISSING_FIELD",
                        "base_version"),
                reject("current state: unknown plan", PUT, "no-such-plan/current-state", "{\"base_version\": 0}", 404,
                        "PLAN_NOT_FOUND", null),
                invalid("review cadence: malformed JSON", PUT, "{plan}/review-cadence", "{base_version: {v}}",
                        "MALFORMED_JSON", null),
                invalid("review cadence: unknown field", PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"frequency\": \"monthly\", \"day\": \"monday\"}", "UNKNOWN_FIELD",
                        "day"),
                invalid("review cadence: number for enum", PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"frequency\": 2}", "INVALID_FIELD", "frequency"),
                invalid("review cadence: invalid enum", PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"frequency\": \"daily\"}", "INVALID_FIELD", "frequency"),
                invalid("review cadence: invalid date", PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"frequency\": \"monthly\", \"next_review\": \"2026-02-30\"}",
                        "INVALID_FIELD", "next_review"),
                invalid("review cadence: missing frequency", PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"next_review\": \"2026-07-06\"}", "MISSING_FIELD", "frequency"),
                invalid("review cadence: missing base_version", PUT, "{plan}/review-cadence",
                        "{\"frequency\": \"monthly\"}", "MISSING_FIELD", "base_version"),
                reject("review cadence: unknown plan", PUT, "no-such-plan/review-cadence",
                        "{\"base_version\": 0, \"frequency\": \"monthly\"}", 404, "PLAN_NOT_FOUND", null));
    }

    private static List<Rejection> targets() {
        String target = "\"revenue_target\": {\"amount\": 1, \"currency\": \"USD\"}";
        return List.of(
                invalid("target: malformed JSON", PUT, "{plan}/targets/FY2027", "{\"base_version\": {v}, " + target,
                        "MALFORMED_JSON", null),
                invalid("target: unknown field", PUT, "{plan}/targets/FY2027",
                        "{\"base_version\": {v}, " + target + ", \"stretch\": true}", "UNKNOWN_FIELD", "stretch"),
                invalid("target: invalid period", PUT, "{plan}/targets/FY%232027", "{\"base_version\": {v}, "
                        + target + "}", "INVALID_FIELD", "period"),
                invalid("target: other period in body", PUT, "{plan}/targets/FY2027",
                        "{\"base_version\": {v}, \"period\": \"FY2028\", " + target + "}", "INVALID_FIELD", "period"),
                invalid("target: no amounts", PUT, "{plan}/targets/FY2027", "{\"base_version\": {v}}",
                        "MISSING_FIELD", "revenue_target"),
                invalid("target: amount as string", PUT, "{plan}/targets/FY2027",
                        "{\"base_version\": {v}, \"revenue_target\": {\"amount\": \"1\", \"currency\": \"USD\"}}",
                        "WRONG_TYPE", "revenue_target.amount"),
                invalid("target: other currency", PUT, "{plan}/targets/FY2027", "{\"base_version\": {v}, " + target
                        + ", \"pipeline_target\": {\"amount\": 2, \"currency\": \"EUR\"}}", "CURRENCY_MISMATCH",
                        "pipeline_target.currency"),
                invalid("target: missing base_version", PUT, "{plan}/targets/FY2027", "{" + target + "}",
                        "MISSING_FIELD", "base_version"),
                reject("target: unknown plan", PUT, "no-such-plan/targets/FY2027", "{\"base_version\": 0, " + target
                        + "}", 404, "PLAN_NOT_FOUND", null),
                reject("target removal: unknown period", DELETE, "{plan}/targets/FY2030?base_version={v}", null, 404,
                        "ITEM_NOT_FOUND", "period"),
                invalid("target removal: missing base_version", DELETE, "{plan}/targets/FY2026-H2", null,
                        "MISSING_FIELD", "base_version"),
                invalid("target removal: base_version not a number", DELETE,
                        "{plan}/targets/FY2026-H2?base_version=latest", null, "WRONG_TYPE", "base_version"),
                reject("target removal: unknown plan", DELETE, "no-such-plan/targets/FY2026-H2?base_version=0", null,
                        404, "PLAN_NOT_FOUND", null));
    }

    private static List<Rejection> itemAdditions() {
        String deal = "{\"base_version\": {v}, \"ref\": \"d2\", " + DEAL;
        return List.of(
                reject("add: unknown collection", POST, "{plan}/forecasts", "{\"base_version\": {v}}", 404,
                        "ITEM_NOT_FOUND", null),
                reject("add: target as item", POST, "{plan}/targets", "{\"base_version\": {v}, \"period\": \"FY\"}",
                        404, "ITEM_NOT_FOUND", null),
                invalid("add deal: malformed JSON", POST, "{plan}/deals", deal, "MALFORMED_JSON", null),
                invalid("add deal: unknown field", POST, "{plan}/deals", deal + ", \"probability\": 0.5}",
                        "UNKNOWN_FIELD", "probability"),
                invalid("add deal: timestamp for date", POST, "{plan}/deals",
                        deal + ", \"expected_close\": \"2026-09-30T10:00:00Z\"}", "INVALID_FIELD", "expected_close"),
                invalid("add deal: five-digit year", POST, "{plan}/deals",
                        deal + ", \"expected_close\": \"+12026-09-30\"}", "INVALID_FIELD", "expected_close"),
                invalid("add milestone: NUL in name", POST, "{plan}/milestones",
                        "{\"base_version\": {v}, \"ref\": \"m7\", \"name\": \"a\\u0000b\"}", "INVALID_FIELD",
                        "name"),
                invalid("add deal: missing name", POST, "{plan}/deals", deal.replace("\"name\": \"Telematics pilot\",",
                        "") + "}", "MISSING_FIELD", "name"),
                invalid("add deal: number for enum", POST, "{plan}/deals", deal.replace("\"discovery\"", "3") + "}",
                        "INVALID_FIELD", "stage"),
                invalid("add deal: invalid enum", POST, "{plan}/deals", deal.replace("\"discovery\"", "\"won\"") + "}",
                        "INVALID_FIELD", "stage"),
                invalid("add deal: amount as string", POST, "{plan}/deals", deal.replace("150000", "\"big\"") + "}",
                        "WRONG_TYPE", "amount.amount"),
                invalid("add deal: invalid date", POST, "{plan}/deals", deal + ", \"expected_close\": \"2026-13-01\"}",
                        "INVALID_FIELD", "expected_close"),
                invalid("add deal: credited above amount", POST, "{plan}/deals",
                        deal + ", \"credited_amount\": {\"amount\": 150000.01, \"currency\": \"USD\"}}",
                        "CREDIT_ABOVE_AMOUNT", "credited_amount"),
                invalid("add deal: ref in use", POST, "{plan}/deals", deal.replace("\"d2\"", "\"d1\"") + "}",
                        "DUPLICATE_REF", "ref"),
                invalid("add deal: ref with percent", POST, "{plan}/deals", deal.replace("\"d2\"", "\"50%\"") + "}",
                        "INVALID_FIELD", "ref"),
                invalid("add deal: invalid visibility", POST, "{plan}/deals", deal + ", \"visibility\": \"secret\"}",
                        "INVALID_FIELD", "visibility"),
                invalid("add deal: missing base_version", POST, "{plan}/deals", "{\"ref\": \"d2\", " + DEAL + "}",
                        "MISSING_FIELD", "base_version"),
                invalid("add deal: base_version as string", POST, "{plan}/deals",
                        deal.replace("{v}", "\"{v}\"") + "}", "WRONG_TYPE", "base_version"),
                reject("add deal: unknown plan", POST, "no-such-plan/deals", deal.replace("{v}", "0") + "}", 404,
                        "PLAN_NOT_FOUND", null),
                invalid("add team member: string for boolean", POST, "{plan}/team-members",
                        "{\"base_version\": {v}, \"side\": \"altura\", \"name\": \"Sam\", "
                                + "\"executive_sponsor\": \"yes\"}", "WRONG_TYPE", "executive_sponsor"),
                invalid("add team member: side outside plan", POST, "{plan}/team-members",
                        "{\"base_version\": {v}, \"side\": \"outsider\", \"name\": \"Victor\"}", "INVALID_FIELD",
                        "side"),
                invalid("add contact: unknown manager", POST, "{plan}/contacts",
                        "{\"base_version\": {v}, \"ref\": \"c3\", \"name\": \"M\", \"reports_to\": \"c9\"}",
                        "UNKNOWN_REPORTS_TO", "reports_to"),
                invalid("add contact: reporting to itself", POST, "{plan}/contacts",
                        "{\"base_version\": {v}, \"ref\": \"c3\", \"name\": \"M\", \"reports_to\": \"c3\"}",
                        "REPORTING_CYCLE", "reports_to"),
                invalid("add milestone: invalid status", POST, "{plan}/milestones",
                        "{\"base_version\": {v}, \"ref\": \"m1\", \"name\": \"M\", \"status\": \"finished\"}",
                        "INVALID_FIELD", "status"),
                invalid("add whitespace: other currency", POST, "{plan}/whitespace",
                        "{\"base_version\": {v}, \"ref\": \"w1\", \"opportunity\": \"O\", "
                                + "\"estimated_value\": {\"amount\": 1, \"currency\": \"EUR\"}}",
                        "CURRENCY_MISMATCH", "estimated_value.currency"),
                invalid("add activity: invalid date", POST, "{plan}/activities",
                        "{\"base_version\": {v}, \"ref\": \"a1\", \"activity\": \"A\", \"due\": \"tomorrow\"}",
                        "INVALID_FIELD", "due"),
                invalid("add risk: missing likelihood", POST, "{plan}/risks",
                        "{\"base_version\": {v}, \"ref\": \"r1\", \"risk\": \"R\", \"impact\": \"low\"}",
                        "MISSING_FIELD", "likelihood"));
    }

    private static List<Rejection> itemUpdates() {
        return List.of(
                reject("update: unknown item", PATCH, "{plan}/deals/d9",
                        "{\"base_version\": {v}, \"stage\": \"proposal\"}", 404, "ITEM_NOT_FOUND", "ref"),
                reject("update: unknown collection", PATCH, "{plan}/forecasts/d1", "{\"base_version\": {v}}", 404,
                        "ITEM_NOT_FOUND", null),
                reject("update: target as item", PATCH, "{plan}/targets/FY2026-H2", "{\"base_version\": {v}}", 404,
                        "ITEM_NOT_FOUND", null),
                reject("update: internal item of the other organization", PATCH, "{plan}/risks/r9",
                        "{\"base_version\": {v}, \"impact\": \"high\"}", 404, "ITEM_NOT_FOUND", "ref"),
                invalid("update deal: malformed JSON", PATCH, "{plan}/deals/d1", "{\"base_version\": {v}, \"stage\"}",
                        "MALFORMED_JSON", null),
                invalid("update deal: unknown field", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"probability\": 1}", "UNKNOWN_FIELD", "probability"),
                invalid("update deal: visibility", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"visibility\": \"internal\"}", "UNKNOWN_FIELD", "visibility"),
                invalid("update deal: other ref in body", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"ref\": \"d2\", \"stage\": \"proposal\"}", "INVALID_FIELD", "ref"),
                invalid("update deal: no field", PATCH, "{plan}/deals/d1", "{\"base_version\": {v}}",
                        "NOTHING_TO_CHANGE", null),
                invalid("update deal: clearing name", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"name\": null}", "MISSING_FIELD", "name"),
                invalid("update deal: number for enum", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"stage\": 1}", "INVALID_FIELD", "stage"),
                invalid("update deal: credited above amount", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"credited_amount\": {\"amount\": 200000, \"currency\": \"USD\"}}",
                        "CREDIT_ABOVE_AMOUNT", "credited_amount"),
                invalid("update deal: invalid date", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"expected_close\": \"30/09/2026\"}", "INVALID_FIELD",
                        "expected_close"),
                invalid("update deal: missing base_version", PATCH, "{plan}/deals/d1", "{\"stage\": \"proposal\"}",
                        "MISSING_FIELD", "base_version"),
                invalid("update deal: base_version as object", PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {\"v\": 1}, \"stage\": \"proposal\"}", "WRONG_TYPE", "base_version"),
                reject("update deal: unknown plan", PATCH, "no-such-plan/deals/d1",
                        "{\"base_version\": 0, \"stage\": \"proposal\"}", 404, "PLAN_NOT_FOUND", null),
                invalid("update contact: reporting cycle", PATCH, "{plan}/contacts/c1",
                        "{\"base_version\": {v}, \"reports_to\": \"c2\"}", "REPORTING_CYCLE", "reports_to"));
    }

    private static List<Rejection> itemRemovals() {
        return List.of(
                reject("remove: unknown item", DELETE, "{plan}/deals/d9?base_version={v}", null, 404, "ITEM_NOT_FOUND",
                        "ref"),
                reject("remove: unknown collection", DELETE, "{plan}/forecasts/d1?base_version={v}", null, 404,
                        "ITEM_NOT_FOUND", null),
                reject("remove: internal item of the other organization", DELETE, "{plan}/risks/r9?base_version={v}",
                        null, 404, "ITEM_NOT_FOUND", "ref"),
                invalid("remove: missing base_version", DELETE, "{plan}/deals/d1", null, "MISSING_FIELD",
                        "base_version"),
                invalid("remove: base_version not a number", DELETE, "{plan}/deals/d1?base_version=1.5", null,
                        "WRONG_TYPE", "base_version"),
                invalid("remove: base_version ahead", DELETE, "{plan}/deals/d1?base_version=99", null,
                        "BASE_VERSION_AHEAD", "base_version"),
                invalid("remove contact: has direct reports", DELETE, "{plan}/contacts/c1?base_version={v}", null,
                        "CONTACT_HAS_REPORTS", "ref"),
                reject("remove: unknown plan", DELETE, "no-such-plan/deals/d1?base_version=0", null, 404,
                        "PLAN_NOT_FOUND", null));
    }
}
