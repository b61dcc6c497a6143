package dev.gantry.ui.editor;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a stack name the way the docker CLI's {@code stack deploy} does, with a sentence on refusal. */
public final class StackNames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private StackNames() {
    }

    /** Empty when {@code name} can be used; otherwise why not. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a stack name.");
        }
        if (!VALID.matcher(name).matches()) {
            return Optional.of("The stack name \"" + name + "\" is not valid: use lowercase letters, digits,"
                    + " \"-\" and \"_\", starting with a letter or digit.");
        }
        return Optional.empty();
    }
}
