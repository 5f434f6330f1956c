package io.tandem.bench;

/**
 * One accepted edit.
 *
 * @param planId      the edited plan
 * @param version     the plan's version after the edit, from the 2xx response
 * @param editorOrg   the organization of the editing user
 * @param respondedAt {@link System#nanoTime} when the benchmark had the 2xx response
 * @param measured    false for warm-up edits, which the figures leave out
 */
record Edit(String planId, long version, String editorOrg, long respondedAt, boolean measured) {

    String watchingOrg() {
        return Roster.otherOrganization(editorOrg);
    }
}
