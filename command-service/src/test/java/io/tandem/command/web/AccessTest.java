package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static io.tandem.command.web.Users.SAM;
import static io.tandem.command.web.Users.VICTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.cli.token.TokenMinter;
import io.tandem.testsupport.TestTokens;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Who may call the API: a valid bearer token is required everywhere, users of neither
 * organization learn nothing about a plan, and internal items stay with their organization.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest extends CommandApiTest {

    private String plan;
    private long version;

    /** A valid request of one endpoint family; {@code {plan}} and {@code {v}} as in the rejection tests. */
    record Endpoint(String name, HttpMethod method, String path, String body) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void createPlanWithItems() {
        connect();
        plan = createPlan();
        accepted(api.post(path(plan, "deals"), DANA, edit(0, PlanRequests.ITEMS.get(4).add())));
        accepted(api.put(path(plan, "targets", "FY2026-H2"), DANA, edit(1, PlanRequests.TARGET)));
        version = accepted(api.post(path(plan, "risks"), DANA, edit(2, """
                {"ref": "r2", "risk": "Meridian pitches its own analytics", "likelihood": "medium", "impact": "high",
                 "visibility": "internal"}""")));
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("create", HttpMethod.POST, "", PlanRequests.CREATE_PLAN),
                new Endpoint("set tier", HttpMethod.PUT, "{plan}/tier", "{\"base_version\": {v}, \"tier\": 2}"),
                new Endpoint("record review", HttpMethod.POST, "{plan}/reviews",
                        "{\"base_version\": {v}, \"name\": \"Q\"}"),
                new Endpoint("set account overview", HttpMethod.PUT, "{plan}/account-overview",
                        "{\"base_version\": {v}, \"account\": \"Kestrel Logistics Group\"}"),
                new Endpoint("set value proposition", HttpMethod.PUT, "{plan}/value-proposition",
                        "{\"base_version\": {v}, \"combined_value\": \"V\"}"),
                new Endpoint("set current state", HttpMethod.PUT, "{plan}/current-state", "{\"base_version\": {v}}"),
                new Endpoint("set review cadence", HttpMethod.PUT, "{plan}/review-cadence",
                        "{\"base_version\": {v}, \"frequency\": \"quarterly\"}"),
                new Endpoint("set target", HttpMethod.PUT, "{plan}/targets/FY2027",
                        "{\"base_version\": {v}, \"revenue_target\": {\"amount\": 1, \"currency\": \"USD\"}}"),
                new Endpoint("remove target", HttpMethod.DELETE, "{plan}/targets/FY2026-H2?base_version={v}", null),
                new Endpoint("add item", HttpMethod.POST, "{plan}/milestones",
                        "{\"base_version\": {v}, \"ref\": \"m1\", \"name\": \"Workshop\"}"),
                new Endpoint("update item", HttpMethod.PATCH, "{plan}/deals/d1",
                        "{\"base_version\": {v}, \"stage\": \"negotiation\"}"),
                new Endpoint("remove item", HttpMethod.DELETE, "{plan}/deals/d1?base_version={v}", null));
    }

    /** Returns every endpoint with every kind of missing or unusable token. */
    static Stream<Arguments> unauthenticated() throws NoSuchAlgorithmException {
        TokenMinter ownKey = new TokenMinter(TestTokens.get().keys());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        TokenMinter otherKey = new TokenMinter(generator.generateKeyPair());
        List<Arguments> tokens = List.of(
                Arguments.of("no token", null),
                Arguments.of("malformed token", "Bearer not-a-jwt"),
                Arguments.of("token of another key", "Bearer " + otherKey.mint("dana.ruiz", "Dana", "altura",
                        Duration.ofHours(1))),
                Arguments.of("expired token", "Bearer " + ownKey.mint("dana.ruiz", "Dana", "altura",
                        Duration.ofMinutes(-5))),
                Arguments.of("token without organization", "Bearer " + ownKey.mint("dana.ruiz", "Dana", null,
                        Duration.ofHours(1))),
                Arguments.of("basic credentials", "Basic ZGFuYTpzZWNyZXQ="));
        return endpoints().stream().flatMap(endpoint -> tokens.stream()
                .map(token -> Arguments.of(endpoint, token.get()[0], token.get()[1])));
    }

    static List<Endpoint> planEndpoints() {
        return endpoints().stream().filter(endpoint -> !endpoint.path().isEmpty()).toList();
    }

    private String pathOf(Endpoint endpoint) {
        return "/api/plans" + (endpoint.path().isEmpty() ? "" : "/" + endpoint.path()
                .replace("{plan}", plan).replace("{v}", Long.toString(version)));
    }

    private String bodyOf(Endpoint endpoint) {
        return endpoint.body() == null ? null : endpoint.body().replace("{v}", Long.toString(version));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("unauthenticated")
    void rejectsRequestWithoutValidToken(Endpoint endpoint, String description, String authorization) {
        long before = storedEvents();

        PlanApi.Response response = api.sendWithAuthorization(endpoint.method(), pathOf(endpoint), authorization,
                bodyOf(endpoint));

        assertProblem(response, 401, "UNAUTHENTICATED", null);
        assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planEndpoints")
    void hidesPlanFromNonMember(Endpoint endpoint) {
        long before = storedEvents();

        PlanApi.Response response = api.send(endpoint.method(), pathOf(endpoint), VICTOR, bodyOf(endpoint));

        assertProblem(response, 404, "PLAN_NOT_FOUND", null);
        assertThat(response.body().path("detail").asText()).doesNotContain("altura", "meridian", "Kestrel");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planEndpoints")
    void hidesPlanFromNonMemberWithBaseVersionAhead(Endpoint endpoint) {
        long before = storedEvents();
        String ahead = Long.toString(version + 10);

        PlanApi.Response response = api.send(endpoint.method(), pathOf(endpoint).replace("=" + version, "=" + ahead),
                VICTOR, endpoint.body() == null ? null : endpoint.body().replace("{v}", ahead));

        assertProblem(response, 404, "PLAN_NOT_FOUND", null);
        assertThat(response.body().path("detail").asText()).doesNotContain("version");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void answersNonMemberAsForUnknownPlan() {
        PlanApi.Response nonMember = api.put(path(plan, "tier"), VICTOR, edit(version, "{\"tier\": 2}"));
        PlanApi.Response unknown = api.put(path("no-such-plan", "tier"), VICTOR, edit(version, "{\"tier\": 2}"));

        assertProblem(nonMember, 404, "PLAN_NOT_FOUND", null);
        assertProblem(unknown, 404, "PLAN_NOT_FOUND", null);
        assertThat(nonMember.body().path("title")).isEqualTo(unknown.body().path("title"));
    }

    @Test
    void rejectsCreationForAnotherOwnerOrganization() {
        long before = storedEvents();

        PlanApi.Response response = api.post(path(), PRIYA, PlanRequests.CREATE_PLAN);

        assertProblem(response, 403, "NOT_OWNER_ORGANIZATION", "owner_org");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void letsAnyOrganizationCreateItsOwnPlan() {
        String ownPlan = PlanRequests.CREATE_PLAN.replace("\"altura\"", "\"outsider\"");

        PlanApi.Response response = api.post(path(), VICTOR, ownPlan);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void hidesInternalItemFromOtherOrganization() {
        long before = storedEvents();

        PlanApi.Response update = api.patch(path(plan, "risks", "r2"), PRIYA, edit(version, "{\"impact\": \"low\"}"));
        PlanApi.Response removal = api.delete(path(plan, "risks", "r2") + "?base_version=" + version, PRIYA);

        assertProblem(update, 404, "ITEM_NOT_FOUND", "ref");
        assertProblem(removal, 404, "ITEM_NOT_FOUND", "ref");
        assertThat(update.body().path("detail").asText()).doesNotContain("internal", "altura");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void letsAuthorsOrganizationEditInternalItem() {
        String otherPlan = createPlan();
        accepted(api.post(path(otherPlan, "risks"), DANA, edit(0, """
                {"ref": "r2", "risk": "Channel conflict", "likelihood": "medium", "impact": "high",
                 "visibility": "internal"}""")));

        assertThat(accepted(api.patch(path(otherPlan, "risks", "r2"), SAM, edit(1, "{\"impact\": \"low\"}"))))
                .isEqualTo(2);
        assertThat(accepted(api.delete(path(otherPlan, "risks", "r2") + "?base_version=2", SAM))).isEqualTo(3);
    }
}
