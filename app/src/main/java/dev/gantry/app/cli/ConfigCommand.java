package dev.gantry.app.cli;

import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.ConfigPrinter;
import dev.gantry.adapter.compose.Diagnostic;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code gantry config -c FILE [-c FILE2...] [--format yaml|json]}: prints the normalised,
 * interpolated, merged model the way {@code docker stack config} prints it. Problems go to stderr
 * as {@code FILE:LINE:COL: ...}; exit 1 when the files do not load.
 */
final class ConfigCommand {
    static final String USAGE = "gantry config -c FILE [-c FILE2...] [--format yaml|json]";

    private final Map<String, String> environment;

    ConfigCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws Cli.UsageException {
        List<Path> files = new ArrayList<>();
        String format = "yaml";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-c", "--compose-file" -> files.add(Path.of(value(args, ++i, a)));
                case "--format" -> format = value(args, ++i, a);
                case "-h", "--help" -> {
                    out.println("usage: " + USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length());
                    } else if (a.startsWith("--compose-file=")) {
                        files.add(Path.of(a.substring("--compose-file=".length())));
                    } else {
                        throw new Cli.UsageException("unexpected argument " + a, USAGE);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("no compose file given (use -c FILE)", USAGE);
        }
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new Cli.UsageException("unknown format " + format + " (yaml or json)", USAGE);
        }
        LoadResult result = new ComposeLoader(environment).load(files, LoadOptions.CONFIG);
        result.diagnostics().stream()
                .sorted(java.util.Comparator.comparing((Diagnostic d) -> String.valueOf(d.file()))
                        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .forEach(d -> err.println(d.format()));
        if (!result.ok()) {
            return 1;
        }
        ConfigPrinter printer = new ConfigPrinter();
        out.print(format.equals("json") ? printer.json(result.projectOrNull()) : printer.yaml(result.projectOrNull()));
        return 0;
    }

    private static String value(String[] args, int i, String option) throws Cli.UsageException {
        if (i >= args.length) {
            throw new Cli.UsageException(option + " needs a value", USAGE);
        }
        return args[i];
    }
}
