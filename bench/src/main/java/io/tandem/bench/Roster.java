package io.tandem.bench;

import io.tandem.cli.token.TokenMinter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The participants of a run: per plan, one editor of each organization, and the live clients.
 * Client {@code i} watches plan {@code i % plans} for organization {@code (i / plans) % 2}
 * (owner, partner, owner, ...), so every plan has clients of both organizations.
 */
final class Roster {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    /** A live client: one user of one organization watching one plan. */
    record Client(int index, String planId, String organization, String userId, String token) {
    }

    private final List<String> planIds;
    private final List<Client> clients;
    private final TokenMinter tokens;

    private Roster(List<String> planIds, List<Client> clients, TokenMinter tokens) {
        this.planIds = planIds;
        this.clients = clients;
        this.tokens = tokens;
    }

    static Roster of(List<String> planIds, int clientCount, TokenMinter tokens) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            String planId = planIds.get(i % planIds.size());
            String organization = (i / planIds.size()) % 2 == 0 ? PlanApi.OWNER_ORG : PlanApi.PARTNER_ORG;
            String userId = "viewer-" + i + "." + organization;
            clients.add(new Client(i, planId, organization, userId, mint(tokens, userId, organization)));
        }
        return new Roster(List.copyOf(planIds), List.copyOf(clients), tokens);
    }

    List<String> planIds() {
        return planIds;
    }

    List<Client> clients() {
        return clients;
    }

    List<Client> clientsOf(String planId, String organization) {
        return clients.stream()
                .filter(client -> client.planId().equals(planId) && client.organization().equals(organization))
                .toList();
    }

    /** Returns a token of the editor of the plan at {@code planIndex} in the organization. */
    String editorToken(int planIndex, String organization) {
        return mint(tokens, "editor-" + planIndex + "." + organization, organization);
    }

    static String otherOrganization(String organization) {
        return organization.equals(PlanApi.OWNER_ORG) ? PlanApi.PARTNER_ORG : PlanApi.OWNER_ORG;
    }

    static String mint(TokenMinter tokens, String userId, String organization) {
        return tokens.mint(userId, userId, organization, TOKEN_LIFETIME);
    }
}
