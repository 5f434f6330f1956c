package io.tandem.cli.token;

import io.tandem.cli.CommandLine;
import io.tandem.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code token}: prints a bearer token signed with the local private key, and nothing else. */
public final class TokenCommand {

    public static final String USAGE = """
            token USER --org ORG [--name NAME] [--hours H] [--keys DIR]
                Prints a bearer token (JWT, RS256) for USER, signed with the local private key.
                USER        user id, the token's sub claim
                --org ORG   organization the user acts for, the org claim (required)
                --name NAME display name, the name claim (default: USER)
                --hours H   lifetime in hours, 1 to 8760 (default: 12)
                --keys DIR  folder of the key pair (default: .tandem/keys)
            """;

    static final int DEFAULT_HOURS = 12;

    private TokenCommand() {
    }

    public static int run(List<String> args, PrintStream out) throws IOException {
        CommandLine line = CommandLine.parse("token", args, Set.of("org", "name", "hours", "keys"));
        if (line.positionals().size() != 1) {
            throw new UsageException("'token' takes exactly one user id, such as: token dana.ruiz --org altura");
        }
        String user = line.positionals().get(0);
        if (user.isBlank()) {
            throw new UsageException("The user id must not be empty, such as: token dana.ruiz --org altura");
        }
        String organization = line.requireOption("org",
                "the organization the token acts for, such as --org altura");
        String name = line.option("name", user);
        int hours = line.intOption("hours", DEFAULT_HOURS, 1, 24 * 365);
        Path folder = line.pathOption("keys", KeysCommand.defaultFolder());
        if (!Files.exists(folder.resolve(LocalKeys.PRIVATE_KEY_FILE))) {
            throw new UsageException("No private key " + LocalKeys.PRIVATE_KEY_FILE + " in " + folder.toAbsolutePath()
                    + ": run './tandem up' or 'keys --dir " + folder + "' first, or pass --keys DIR");
        }
        String token = new TokenMinter(LocalKeys.load(folder)).mint(user, name, organization, Duration.ofHours(hours));
        out.println(token);
        return 0;
    }
}
