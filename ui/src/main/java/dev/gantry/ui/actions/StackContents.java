package dev.gantry.ui.actions;

import java.util.List;

/** The confirmation text listing what removing a stack takes with it. */
final class StackContents {

    private StackContents() {
    }

    static String describe(List<String> services, List<String> networks, List<String> secrets, List<String> configs) {
        StringBuilder b = new StringBuilder();
        section(b, "Services", services);
        section(b, "Networks", networks);
        section(b, "Secrets", secrets);
        section(b, "Configs", configs);
        return b.toString().strip();
    }

    private static void section(StringBuilder b, String title, List<String> items) {
        b.append(title).append(" (").append(items.size()).append("): ")
                .append(items.isEmpty() ? "none" : String.join(", ", items)).append('\n');
    }
}
