package dev.gantry.ui.editor;

/** Converts 1-based line:column positions of the loader to offsets in the editor's text. */
final class TextPositions {

    private TextPositions() {
    }

    /** Offset of line:column (1-based) in {@code text}, clamped to the text. */
    static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return text.length();
            }
            offset = nl + 1;
        }
        int end = text.indexOf('\n', offset);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(offset + Math.max(0, column - 1), lineEnd);
    }

    /**
     * Length of the token starting at line:column: up to the end of a key (before ':') or of the
     * value, so the underline covers the offending word; 1 at the end of a line.
     */
    static int tokenLength(String text, int line, int column) {
        if (line <= 0) {
            return 1;
        }
        int start = offset(text, line, column);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || (c == ':' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))))
                    || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == '#')) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(1, i - start);
    }
}
