package io.tandem.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arguments of one subcommand: positional values and {@code --name value} options. Options
 * outside the subcommand's known set are rejected, so a typo never passes silently.
 */
public final class CommandLine {

    private final String command;
    private final List<String> positionals;
    private final Map<String, String> options;

    private CommandLine(String command, List<String> positionals, Map<String, String> options) {
        this.command = command;
        this.positionals = positionals;
        this.options = options;
    }

    /** Parses the arguments that follow the subcommand name, accepting only the given options. */
    public static CommandLine parse(String command, List<String> args, Set<String> knownOptions) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!knownOptions.contains(name)) {
                String accepted = knownOptions.isEmpty()
                        ? "no options" : "--" + String.join(", --", new TreeSet<>(knownOptions));
                throw new UsageException("Unknown option --" + name + " for '" + command + "'; it accepts " + accepted);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("Option --" + name + " of '" + command + "' needs a value");
                }
                value = args.get(++i);
            }
            options.put(name, value);
        }
        return new CommandLine(command, List.copyOf(positionals), Map.copyOf(options));
    }

    public List<String> positionals() {
        return positionals;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Returns the option's value, or fails with a message that names the option's purpose. */
    public String requireOption(String name, String purpose) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("Missing --" + name + " for '" + command + "': " + purpose);
        }
        return value;
    }

    public Path pathOption(String name, Path fallback) {
        String value = options.get(name);
        return value == null ? fallback : Path.of(value);
    }

    /** Returns a whole-number option between min and max inclusive, or the fallback when absent. */
    public int intOption(String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below together with the range.
        }
        throw new UsageException("Invalid --" + name + " '" + value + "': expected a whole number from "
                + min + " to " + max);
    }
}
