package dev.gantry.app.cli;

import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.Diagnostic;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code gantry validate FILE...}: loads each file as a stack file for deployment and prints every
 * problem as {@code FILE:LINE:COL: error|warning: message}. Exit 0 when all files are valid
 * (warnings allowed), 1 when any has an error, 2 on usage errors.
 */
final class ValidateCommand {
    static final String USAGE = "gantry validate FILE...";

    private final Map<String, String> environment;

    ValidateCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws Cli.UsageException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                out.println("usage: " + USAGE);
                return 0;
            }
            if (a.startsWith("-") && !a.equals("-")) {
                throw new Cli.UsageException("unknown option " + a, USAGE);
            }
            files.add(Path.of(a));
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("no file given", USAGE);
        }
        boolean valid = true;
        ComposeLoader loader = new ComposeLoader(environment);
        for (Path file : files) {
            LoadResult result = loader.load(List.of(file), LoadOptions.DEPLOY);
            result.diagnostics().stream()
                    .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                    .forEach(d -> out.println(d.format()));
            valid &= result.ok();
        }
        return valid ? 0 : 1;
    }
}
