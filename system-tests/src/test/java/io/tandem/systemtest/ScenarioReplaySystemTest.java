package io.tandem.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.cli.replay.ReplayCommand;
import io.tandem.cli.token.LocalKeys;
import io.tandem.testsupport.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays scenarios through the public REST API of command-service and query-service, both running in this
 * JVM on a fresh database, and checks the replayer's verdict.
 */
class ScenarioReplaySystemTest {

    /** The module's working directory is system-tests/, so the scenarios folder is its sibling. */
    private static final Path KESTREL = Path.of("../scenarios/kestrel-logistics.yaml");
    private static final Pattern PLAN_LINE = Pattern.compile("(?m)^Plan (\\S+) \\(created by ");

    @TempDir
    static Path folder;

    private static RunningServices services;
    private static Path keys;

    @BeforeAll
    static void startServices() throws IOException {
        keys = writeKeys(folder.resolve("keys"), TestTokens.get().keys());
        services = RunningServices.start();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void kestrelScenarioMatches() {
        Replay replay = replay(KESTREL);

        assertThat(replay.exitCode()).as(replay.output()).isEqualTo(ReplayCommand.MATCHED);
        assertThat(replay.output()).contains("Summary: 41 of 41 steps as expected")
                .contains("victor.mendes at final sees nothing")
                .contains("Everything matched.");
        // Every check ran: the views as of each review and the target audit included.
        assertThat(replay.output())
                .containsPattern("checks: [1-9][0-9]* passed, 0 failed, 0 skipped")
                .containsPattern("(?m)^  tom\\.hale at review FY2026 Q3 QBR +OK$")
                .containsPattern("(?m)^  dana\\.ruiz at review FY2026 Q4 QBR +OK$")
                .containsPattern("(?m)^  expected_target_history FY2026-H2 +OK$")
                .doesNotContain("skipped (");
    }

    @Test
    void secondReplayBuildsNewPlan() {
        Replay first = replay(KESTREL);
        Replay second = replay(KESTREL);

        assertThat(first.exitCode()).as(first.output()).isEqualTo(ReplayCommand.MATCHED);
        assertThat(second.exitCode()).as(second.output()).isEqualTo(ReplayCommand.MATCHED);
        assertThat(second.planId()).isNotEqualTo(first.planId());
    }

    @Test
    void wrongExpectationsAreListed() throws IOException {
        Path scenario = folder.resolve("wrong-expectations.yaml");
        Files.writeString(scenario, """
                organizations:
                  - {id: altura, name: Altura Analytics}
                  - {id: meridian, name: Meridian Cloud}
                users:
                  - {id: dana, org: altura, name: Dana Ruiz}
                  - {id: priya, org: meridian, name: Priya Natarajan}
                timeline:
                  - step: 1
                    by: dana
                    create_plan:
                      owner_org: altura
                      partner_org: meridian
                      tier: 1
                      account_overview: {account: Heron Freight, arr_with_us: {amount: 100000, currency: USD}}
                  - step: 2
                    by: dana
                    add_deal:
                      ref: d1
                      name: Heron expansion
                      stage: proposal
                      amount: {amount: 50000, currency: USD}
                      partner_role: co-sell
                  - step: 3
                    by: priya
                    update_deal: {ref: d1, stage: negotiation}
                    expect: conflict
                  - step: 4
                    by: dana
                    set_tier: {tier: 2}
                expected:
                  - as: dana
                    at: final
                    tier: 3
                """);

        Replay replay = replay(scenario);

        assertThat(replay.exitCode()).as(replay.output()).isEqualTo(ReplayCommand.MISMATCHED);
        assertThat(replay.output())
                .contains("2 mismatches:")
                .contains("  - step 3 by priya, update_deal: expected conflict (409), actual 200")
                .contains("  - check dana at final: tier: expected 3, actual 2");
    }

    private static Replay replay(Path scenario) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = ReplayCommand.run(new String[] {scenario.toString(), "--command-url", services.commandUrl(),
                "--query-url", services.queryUrl(), "--keys", keys.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        // The report goes to the test log as well, where it shows what passed when nothing failed.
        System.out.print(output);
        return new Replay(exitCode, output);
    }

    /** Writes the key pair in the PEM files that LocalKeys reads. */
    private static Path writeKeys(Path directory, KeyPair pair) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(LocalKeys.PUBLIC_KEY_FILE),
                LocalKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(directory.resolve(LocalKeys.PRIVATE_KEY_FILE),
                LocalKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        return directory;
    }

    private record Replay(int exitCode, String output) {

        String planId() {
            Matcher matcher = PLAN_LINE.matcher(output);
            assertThat(matcher.find()).as("plan line in " + output).isTrue();
            return matcher.group(1);
        }
    }
}
