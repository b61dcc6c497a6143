package dev.gantry.adapter.compose;

import java.util.Set;
import java.util.function.Function;

/**
 * Variable substitution in one string, with the docker CLI's syntax: {@code $$} is a literal
 * dollar; {@code $VAR} and {@code ${VAR}}; {@code ${VAR:-default}} (unset or empty),
 * {@code ${VAR-default}} (unset); {@code ${VAR:?message}} and {@code ${VAR?message}} fail.
 * A default runs to the first closing brace and is not substituted itself (as in the CLI:
 * {@code ${A:-${B}}} gives the text {@code ${B}}). Any other use of {@code $} is an error.
 */
final class Template {

    /** Why substitution failed; {@code required} is true for a missing required variable. */
    static final class SubstitutionException extends Exception {
        private final boolean required;

        SubstitutionException(String message, boolean required) {
            super(message);
            this.required = required;
        }

        boolean required() {
            return required;
        }
    }

    private Template() {
    }

    /**
     * @param lookup returns the value, or null when the variable is unset
     * @param unset  receives the names of variables used without a value or default
     */
    static String substitute(String in, Function<String, String> lookup, Set<String> unset)
            throws SubstitutionException {
        if (in.indexOf('$') < 0) {
            return in;
        }
        StringBuilder out = new StringBuilder(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= in.length()) {
                throw invalid();
            }
            char n = in.charAt(i + 1);
            if (n == '$') {
                out.append('$');
                i += 2;
            } else if (isNameStart(n)) {
                int end = nameEnd(in, i + 1);
                String name = in.substring(i + 1, end);
                out.append(valueOf(name, lookup, unset));
                i = end;
            } else if (n == '{') {
                int close = in.indexOf('}', i + 2);
                if (close < 0) {
                    throw invalid();
                }
                out.append(braced(in.substring(i + 2, close), lookup, unset));
                i = close + 1;
            } else {
                throw invalid();
            }
        }
        return out.toString();
    }

    private static String braced(String body, Function<String, String> lookup, Set<String> unset)
            throws SubstitutionException {
        if (body.isEmpty() || !isNameStart(body.charAt(0))) {
            throw invalid();
        }
        int end = nameEnd(body, 0);
        String name = body.substring(0, end);
        String rest = body.substring(end);
        String value = lookup.apply(name);
        if (rest.isEmpty()) {
            return valueOf(name, lookup, unset);
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1) : rest;
        if (op.isEmpty()) {
            throw invalid();
        }
        char kind = op.charAt(0);
        String arg = op.substring(1);
        boolean missing = value == null || colon && value.isEmpty();
        if (kind == '-') {
            return missing ? arg : value;
        }
        if (kind == '?') {
            if (missing) {
                throw new SubstitutionException("required variable " + name + " is missing a value: " + arg, true);
            }
            return value;
        }
        throw invalid();
    }

    private static String valueOf(String name, Function<String, String> lookup, Set<String> unset) {
        String v = lookup.apply(name);
        if (v == null) {
            unset.add(name);
            return "";
        }
        return v;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(isNameStart(c) || c >= '0' && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static SubstitutionException invalid() {
        return new SubstitutionException("invalid interpolation format", false);
    }
}
