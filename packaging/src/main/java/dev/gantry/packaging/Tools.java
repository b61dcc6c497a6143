package dev.gantry.packaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs the JDK's jdeps, jlink and jpackage in this process. */
final class Tools {

    private Tools() {
    }

    /** Long class and module paths make the log unreadable: show their start and length. */
    private static String shorten(String arg) {
        return arg.length() <= 160 ? arg : arg.substring(0, 120) + "…(" + arg.length() + " chars)";
    }

    /** Runs the tool, echoing its output; fails with the tool's output when it exits non-zero. */
    static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is not in this JDK (" + System.getProperty("java.home") + "); run the build with a full JDK 17+"));
        List<String> shown = args.size() <= 16 ? args : args.subList(0, 12);
        System.out.println("[packaging] " + tool + " " + String.join(" ", shown.stream().map(Tools::shorten).toList())
                + (shown.size() < args.size() ? " …(" + (args.size() - shown.size()) + " more)" : ""));
        StringWriter out = new StringWriter();
        long start = System.nanoTime();
        int code;
        try (PrintWriter w = new PrintWriter(out, true)) {
            code = provider.run(w, w, args.toArray(String[]::new));
        }
        String text = out.toString();
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code + ":\n" + text);
        }
        System.out.printf("[packaging] %s done in %.1f s%n", tool, (System.nanoTime() - start) / 1e9);
        return text;
    }
}
