package io.tandem.cli.replay;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The command line of {@code replay}: the scenario file, the two service URLs, the signing key folder and
 * whether to check the live change frames as well.
 */
record ReplayOptions(Path scenario, String commandUrl, String queryUrl, Path keys, boolean live, boolean help) {

    static final String USAGE = """
            Usage: replay FILE [--command-url URL] [--query-url URL] [--keys DIR] [--live]
              FILE             scenario in the Tandem scenario format (YAML)
              --command-url    base URL of the command service (default http://127.0.0.1:8081)
              --query-url      base URL of the query service (default http://127.0.0.1:8082)
              --keys           folder with jwt-private.pem and jwt-public.pem that signs the users' tokens
                               (default .tandem/keys)
              --live           also follow the plan over the query service's live endpoint (/ws) as one user
                               of each organization, and check that each organization's change frames add up
                               to what it reads over REST
            Exit status: 0 when every step and check matched, 1 on a mismatch, 2 for an invalid scenario,
            missing keys or services that are not reachable.""";

    static final String DEFAULT_COMMAND_URL = "http://127.0.0.1:8081";
    static final String DEFAULT_QUERY_URL = "http://127.0.0.1:8082";
    static final String DEFAULT_KEYS = ".tandem/keys";

    /** Parses the arguments. A leading {@code replay}, the subcommand's own name, is skipped. */
    static ReplayOptions parse(String[] args) {
        Path scenario = null;
        String commandUrl = DEFAULT_COMMAND_URL;
        String queryUrl = DEFAULT_QUERY_URL;
        Path keys = Path.of(DEFAULT_KEYS);
        boolean live = false;
        int i = args.length > 0 && args[0].equals("replay") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (option.equals("-h") || option.equals("--help")) {
                return new ReplayOptions(null, commandUrl, queryUrl, keys, live, true);
            }
            if (arg.equals("--live")) {
                live = true;
                continue;
            }
            if (option.equals("--command-url") || option.equals("--query-url") || option.equals("--keys")) {
                String value;
                if (!option.equals(arg)) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                switch (option) {
                    case "--command-url" -> commandUrl = url(option, value);
                    case "--query-url" -> queryUrl = url(option, value);
                    default -> keys = Path.of(value);
                }
            } else if (arg.startsWith("-") || scenario != null) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            } else {
                scenario = Path.of(arg);
            }
        }
        if (scenario == null) {
            throw new IllegalArgumentException("the scenario FILE is missing");
        }
        return new ReplayOptions(scenario, commandUrl, queryUrl, keys, live, false);
    }

    private static String url(String option, String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // Reported below with the option's name.
        }
        throw new IllegalArgumentException(option + " must be an http or https URL such as "
                + DEFAULT_COMMAND_URL + ", not '" + value + "'");
    }
}
