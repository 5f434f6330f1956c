package io.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsEveryCommand() throws Exception {
        assertThat(run("help")).isZero();

        assertThat(text(out)).contains("db [--data DIR]", "keys [--dir DIR]", "token USER --org ORG", "replay FILE");
    }

    @Test
    void unknownCommandIsUsageError() throws Exception {
        assertThat(run("serve")).isEqualTo(2);

        assertThat(text(err)).contains("Unknown command 'serve'");
    }

    @Test
    void unknownOptionIsUsageError() throws Exception {
        assertThat(run("token", "maya.chen", "--org", "brightwell", "--organisation", "x")).isEqualTo(2);

        assertThat(text(err)).contains("Unknown option --organisation");
    }

    @Test
    void keysThenTokenSucceed(@TempDir Path keys) throws Exception {
        assertThat(run("keys", "--dir", keys.toString())).isZero();
        assertThat(run("token", "maya.chen", "--org", "brightwell", "--keys", keys.toString())).isZero();

        assertThat(text(out)).contains("Created key pair in " + keys.toAbsolutePath());
        assertThat(text(out)).containsPattern("\\n[\\w-]+\\.[\\w-]+\\.[\\w-]+\\n$");
    }

    private int run(String... args) throws Exception {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
