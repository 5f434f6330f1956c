package io.tandem.cli.token;

import io.tandem.cli.CommandLine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code keys}: creates the local RSA key pair in a folder unless the folder already contains one. */
public final class KeysCommand {

    public static final String USAGE = """
            keys [--dir DIR]
                Creates the RSA key pair that signs local tokens, unless DIR already holds one.
                --dir DIR   folder of jwt-public.pem and jwt-private.pem (default: .tandem/keys)
            """;

    private KeysCommand() {
    }

    public static int run(List<String> args, PrintStream out) throws IOException {
        CommandLine line = CommandLine.parse("keys", args, Set.of("dir"));
        Path folder = line.pathOption("dir", defaultFolder());
        boolean existed = Files.exists(folder.resolve(LocalKeys.PUBLIC_KEY_FILE))
                && Files.exists(folder.resolve(LocalKeys.PRIVATE_KEY_FILE));
        LocalKeys.loadOrCreate(folder);
        out.println((existed ? "Key pair already in " : "Created key pair in ") + folder.toAbsolutePath());
        return 0;
    }

    /** Returns the keys folder used when no option names one, relative to the working directory. */
    public static Path defaultFolder() {
        return Path.of(".tandem", "keys");
    }
}
