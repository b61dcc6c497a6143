package dev.gantry.adapter.logs;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Regex search over held lines (ANSI escapes ignored). Pure; safe on any thread. */
public final class LogSearch {

    private LogSearch() {
    }

    /**
     * Compiles a user's search text.
     *
     * @throws IllegalArgumentException with a sentence naming the problem and its position
     */
    public static Pattern compile(String regex, boolean caseSensitive) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("The search is empty: type a regular expression.");
        }
        try {
            int flags = 0;
            if (!caseSensitive) {
                // Unicode case folding is several times slower: only when the search has non-ASCII letters
                flags = Pattern.CASE_INSENSITIVE | (regex.chars().allMatch(c -> c < 128) ? 0 : Pattern.UNICODE_CASE);
            }
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The search \"" + regex + "\" is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ".", e);
        }
    }

    public static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(AnsiText.strip(text)).find();
    }

    private static final int CHUNK = 65_536;

    /**
     * Sequence numbers of the snapshot's lines that match, ascending; large snapshots are searched in
     * parallel chunks. Lines are matched where they are packed, without a String per line.
     */
    public static long[] find(LogBuffer.Snapshot snapshot, Pattern pattern) {
        int size = snapshot.size();
        int chunks = (size + CHUNK - 1) / CHUNK;
        if (chunks <= 1) {
            return findRange(snapshot, 0, size, pattern);
        }
        long[][] parts = java.util.stream.IntStream.range(0, chunks).parallel()
                .mapToObj(c -> findRange(snapshot, c * CHUNK, Math.min(size, (c + 1) * CHUNK), pattern))
                .toArray(long[][]::new);
        int total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        long[] out = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static long[] findRange(LogBuffer.Snapshot snapshot, int from, int to, Pattern pattern) {
        long[] hits = new long[16];
        int n = 0;
        LineChars chars = new LineChars();
        Matcher m = pattern.matcher("");
        for (int i = from; i < to; i++) {
            CharSequence t = snapshot.hasAnsi(i) ? AnsiText.strip(snapshot.text(i)) : snapshot.bind(i, chars);
            if (m.reset(t).find()) {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, n * 2);
                }
                hits[n++] = snapshot.firstSeq() + i;
            }
        }
        return Arrays.copyOf(hits, n);
    }

    /** Start and end offsets of every match in one line's plain text: [s0, e0, s1, e1, ...]. */
    public static int[] ranges(Pattern pattern, String plainText) {
        Matcher m = pattern.matcher(plainText);
        int[] r = new int[8];
        int n = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.end() >= plainText.length()) {
                    break;
                }
                continue;
            }
            if (n + 2 > r.length) {
                r = Arrays.copyOf(r, r.length * 2);
            }
            r[n++] = m.start();
            r[n++] = m.end();
        }
        return Arrays.copyOf(r, n);
    }
}
