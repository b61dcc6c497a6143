package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into words the way the CLI does (google/shlex): blanks separate words,
 * single quotes are literal, double quotes allow backslash escapes, a backslash outside quotes
 * escapes the next character, and {@code #} at the start of a word starts a comment.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** Returns the words, or null when a quote or escape is not closed. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\\') {
                if (i + 1 >= s.length()) {
                    return null;
                }
                word.append(s.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    return null;
                }
                word.append(s, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < s.length()) {
                        word.append(s.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    word.append(d);
                    i++;
                }
                if (!closed) {
                    return null;
                }
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
