package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReplayOptionsTest {

    @Test
    void usesDefaults() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"scenario.yaml"});

        assertThat(options.scenario()).isEqualTo(Path.of("scenario.yaml"));
        assertThat(options.commandUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(options.queryUrl()).isEqualTo("http://127.0.0.1:8082");
        assertThat(options.keys()).isEqualTo(Path.of(".tandem/keys"));
        assertThat(options.live()).isFalse();
    }

    @Test
    void readsLiveFlag() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"--live", "scenario.yaml"});

        assertThat(options.live()).isTrue();
        assertThat(options.scenario()).isEqualTo(Path.of("scenario.yaml"));
    }

    @Test
    void readsOptionsInBothForms() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"replay", "--command-url", "http://127.0.0.1:9001",
                "s.yaml", "--query-url=http://127.0.0.1:9002/", "--keys", "/tmp/keys"});

        assertThat(options.scenario()).isEqualTo(Path.of("s.yaml"));
        assertThat(options.commandUrl()).isEqualTo("http://127.0.0.1:9001");
        assertThat(options.queryUrl()).isEqualTo("http://127.0.0.1:9002/");
        assertThat(options.keys()).isEqualTo(Path.of("/tmp/keys"));
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"replay"}))
                .hasMessage("the scenario FILE is missing");
    }

    @Test
    void rejectsOptionWithoutValue() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"s.yaml", "--keys"}))
                .hasMessage("--keys needs a value");
    }

    @Test
    void rejectsUrlWithoutScheme() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"s.yaml", "--query-url", "localhost:8082"}))
                .hasMessageContaining("--query-url must be an http or https URL");
    }

    @Test
    void rejectsUnknownOption() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"s.yaml", "--verbose"}))
                .hasMessage("unexpected argument '--verbose'");
    }
}
