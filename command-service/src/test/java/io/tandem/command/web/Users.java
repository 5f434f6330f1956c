package io.tandem.command.web;

import io.tandem.testsupport.TestTokens;

/** Bearer tokens of the users in the tests: two of the owner, one of the partner, one of neither. */
final class Users {

    static final String OWNER = "altura";
    static final String PARTNER = "meridian";

    static final String DANA = TestTokens.get().token("dana.ruiz", "Dana Ruiz", OWNER);
    static final String SAM = TestTokens.get().token("sam.okafor", "Sam Okafor", OWNER);
    static final String PRIYA = TestTokens.get().token("priya.natarajan", "Priya Natarajan", PARTNER);
    static final String VICTOR = TestTokens.get().token("victor.mendes", "Victor Mendes", "outsider");

    private Users() {
    }
}
