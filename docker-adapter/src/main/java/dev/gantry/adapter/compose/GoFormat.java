package dev.gantry.adapter.compose;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code fmt.Sprint} for the scalar values of a compose file, and docker's size units. */
final class GoFormat {
    private static final Pattern RAM = Pattern.compile("^(\\d+(\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

    private GoFormat() {
    }

    static String sprint(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return sprintFloat(d);
        }
        return v.toString();
    }

    /** %v of a float64: shortest digits, exponent form below 1e-4 or from 1e21 up. */
    static String sprintFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1;
        if (exponent < -4 || exponent >= 21) {
            String digits = b.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
            return (d < 0 ? "-" : "") + mantissa + "e" + exp;
        }
        return b.toPlainString();
    }

    /** docker's units.RAMInBytes: "50M", "1.5g", "512MiB" (binary multiples); null when invalid. */
    static Long ramInBytes(String s) {
        Matcher m = RAM.matcher(s);
        if (!m.matches()) {
            return null;
        }
        double size;
        try {
            size = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        long unit = 1;
        if (m.group(3) != null) {
            switch (Character.toLowerCase(m.group(3).charAt(0))) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                case 'p' -> unit = 1L << 50;
                default -> unit = 1;
            }
        }
        return (long) (size * unit);
    }
}
