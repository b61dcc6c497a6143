package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An env file as the docker CLI reads it for {@code env_file:}: one {@code KEY=VALUE} a line taken
 * literally (no quote processing), blank lines and {@code #} comments skipped, leading blanks
 * trimmed, a bare {@code KEY} taking its value from the environment (or staying unset).
 */
final class EnvFile {
    private EnvFile() {
    }

    /** One parsed line; {@code value} null means "named without a value". */
    record Variable(String name, String value, int line) {
    }

    static final class EnvFileException extends Exception {
        private final int line;

        EnvFileException(String message, int line) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    static List<Variable> parse(String text, Function<String, String> lookup) throws EnvFileException {
        List<Variable> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.stripLeading();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            if (name.isEmpty()) {
                throw new EnvFileException("no variable name on line '" + line + "'", n + 1);
            }
            if (name.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                throw new EnvFileException("variable '" + name + "' contains whitespaces", n + 1);
            }
            out.add(new Variable(name, eq < 0 ? lookup.apply(name) : line.substring(eq + 1), n + 1));
        }
        return out;
    }
}
