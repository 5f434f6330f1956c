package io.tandem.cli.replay;

/** A user of a scenario, whose {@code organization} becomes the {@code org} claim of the user's token. */
record ScenarioUser(String id, String organization, String name) {
}
