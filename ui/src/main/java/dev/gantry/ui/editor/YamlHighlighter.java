package dev.gantry.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style classes for compose YAML: keys, quoted strings, comments, anchors and aliases,
 * {@code ${VAR}} interpolations, plus an underline class over each problem's range. Line-based and
 * tolerant: it never fails on broken YAML, which is exactly what it shows while the user types.
 */
final class YamlHighlighter {
    static final String KEY = "yaml-key";
    static final String STRING = "yaml-string";
    static final String COMMENT = "yaml-comment";
    static final String ANCHOR = "yaml-anchor";
    static final String INTERPOLATION = "yaml-interpolation";
    static final String ERROR = "yaml-error";
    static final String WARNING = "yaml-warning";

    private static final Pattern KEY_PATTERN =
            Pattern.compile("^(\\s*(?:-\\s+)*)(\"[^\"]*\"|'[^']*'|[^\\s'\"#\\-\\[{][^#]*?|-[^\\s#][^#]*?)\\s*:(?=\\s|$)");
    private static final Pattern STRING_PATTERN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^']|'')*'?");
    private static final Pattern ANCHOR_PATTERN = Pattern.compile("(?<=^|[\\s\\[{,])[&*][^\\s,\\[\\]{}]+");
    private static final Pattern INTERPOLATION_PATTERN =
            Pattern.compile("(?<!\\$)\\$\\{[^}\\n]*}?|(?<!\\$)\\$[A-Za-z_][A-Za-z0-9_]*");

    private YamlHighlighter() {
    }

    /** The syntax class of every character ({@code null}: plain). */
    static String[] syntaxClasses(String text) {
        String[] cls = new String[text.length()];
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            line(text.substring(lineStart, lineEnd), lineStart, cls);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return cls;
    }

    private static void line(String line, int base, String[] cls) {
        int comment = commentStart(line);
        String code = comment < 0 ? line : line.substring(0, comment);
        if (comment >= 0) {
            mark(cls, base + comment, base + line.length(), COMMENT);
        }
        int valueFrom = 0;
        Matcher k = KEY_PATTERN.matcher(code);
        if (k.find()) {
            mark(cls, base + k.start(2), base + k.end(2), KEY);
            valueFrom = k.end();
        }
        String value = code.substring(valueFrom);
        Matcher s = STRING_PATTERN.matcher(value);
        while (s.find()) {
            mark(cls, base + valueFrom + s.start(), base + valueFrom + s.end(), STRING);
        }
        Matcher a = ANCHOR_PATTERN.matcher(value);
        while (a.find()) {
            if (cls[base + valueFrom + a.start()] == null) {
                mark(cls, base + valueFrom + a.start(), base + valueFrom + a.end(), ANCHOR);
            }
        }
        Matcher i = INTERPOLATION_PATTERN.matcher(code);
        while (i.find()) {
            mark(cls, base + i.start(), base + i.end(), INTERPOLATION);
        }
    }

    /** Where a comment starts: '#' at the line start or after white space, outside quotes. */
    private static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(String[] cls, int from, int to, String style) {
        for (int i = Math.max(0, from); i < Math.min(to, cls.length); i++) {
            cls[i] = style;
        }
    }

    /** Syntax classes plus the problems' underline classes, as RichTextFX style spans. */
    static StyleSpans<Collection<String>> spans(String text, List<EditorProblem> problems) {
        String[] syntax = syntaxClasses(text);
        String[] marks = new String[text.length()];
        for (EditorProblem p : problems) {
            if (p.line() <= 0) {
                continue;
            }
            int from = TextPositions.offset(text, p.line(), p.column());
            int lineEnd = text.indexOf('\n', from);
            int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, from + p.length());
            if (from >= text.length() && !text.isEmpty()) {
                from = text.length() - 1;
                to = text.length();
            }
            for (int i = from; i < to; i++) {
                if (marks[i] == null || p.isError()) {
                    marks[i] = p.isError() ? ERROR : WARNING;
                }
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (text.isEmpty()) {
            b.add(List.of(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !Objects.equals(syntax[i], syntax[runStart])
                    || !Objects.equals(marks[i], marks[runStart])) {
                List<String> classes = new ArrayList<>(2);
                if (syntax[runStart] != null) {
                    classes.add(syntax[runStart]);
                }
                if (marks[runStart] != null) {
                    classes.add(marks[runStart]);
                }
                b.add(classes, i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }
}
