package dev.gantry.adapter.docker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Engine API version such as 1.41, compared numerically (1.9 < 1.10). */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)");

    static Optional<ApiVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static ApiVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an API version: " + text));
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    static ApiVersion min(ApiVersion a, ApiVersion b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
