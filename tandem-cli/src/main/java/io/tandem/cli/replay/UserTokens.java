package io.tandem.cli.replay;

import io.tandem.cli.token.TokenMinter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Bearer tokens of a scenario's users, minted once per user with the claims sub, name and org. */
final class UserTokens {

    /** Long enough for any replay, short enough that a leaked token soon stops working. */
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final TokenMinter minter;
    private final Scenario scenario;
    private final Map<String, String> tokens = new HashMap<>();

    UserTokens(TokenMinter minter, Scenario scenario) {
        this.minter = minter;
        this.scenario = scenario;
    }

    String token(String userId) {
        return tokens.computeIfAbsent(userId, id -> {
            ScenarioUser user = scenario.user(id);
            return minter.mint(user.id(), user.name(), user.organization(), LIFETIME);
        });
    }
}
