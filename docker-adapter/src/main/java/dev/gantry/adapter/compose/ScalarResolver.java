package dev.gantry.adapter.compose;

import java.util.regex.Pattern;

/**
 * Resolves plain YAML scalars the way the docker CLI's YAML library (go-yaml v3) does when it
 * decodes into untyped values. That is YAML 1.2 rather than SnakeYAML's 1.1: {@code yes}, {@code on},
 * {@code y} stay strings; only true/false in three spellings are booleans; integers go through
 * Go's base-prefix rules, so {@code 0440} is octal (288), as are {@code 0o440}; {@code 0x1F} is hex;
 * underscores are ignored; timestamps stay strings. Measured against {@code docker stack config}.
 */
final class ScalarResolver {
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private ScalarResolver() {
    }

    static Object resolvePlain(String text) {
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN":
                return Double.NaN;
            default:
                break;
        }
        char c = text.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.') {
            return text;
        }
        String plain = text.replace("_", "");
        Long asInt = parseGoInt(plain);
        if (asInt != null) {
            return asInt;
        }
        if (FLOAT.matcher(plain).matches()) {
            try {
                return Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    /** Go's strconv.ParseInt(s, 0, 64): sign, then 0x/0o/0b prefixes or a leading 0 for octal. */
    static Long parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String body = s;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        int radix = 10;
        String lower = body.toLowerCase();
        if (lower.startsWith("0x")) {
            radix = 16;
            body = body.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            body = body.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            body = body.substring(2);
        } else if (body.length() > 1 && body.charAt(0) == '0') {
            radix = 8;
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), radix) < 0) {
                return null;
            }
        }
        try {
            return Long.parseLong((negative ? "-" : "") + body, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
