package dev.gantry.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hides the values of environment variables whose names look like secrets. */
public final class SecretMasker {

    public static final String MASK = "••••••••";
    private static final String[] MARKERS = {"PASSWORD", "SECRET", "TOKEN", "KEY"};

    private SecretMasker() {
    }

    public static boolean looksSecret(String key) {
        String k = key.toUpperCase(Locale.ROOT);
        for (String m : MARKERS) {
            if (k.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** Splits "KEY=value" entries and masks secret-looking values. */
    public static List<EnvEntry> mask(List<String> env) {
        List<EnvEntry> out = new ArrayList<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            String key = eq < 0 ? e : e.substring(0, eq);
            String value = eq < 0 ? "" : e.substring(eq + 1);
            boolean secret = looksSecret(key);
            out.add(new EnvEntry(key, secret ? MASK : value, secret));
        }
        return out;
    }

    /** One environment variable as shown; {@code value} is already masked when {@code masked}. */
    public record EnvEntry(String key, String value, boolean masked) {
    }
}
