package dev.gantry.adapter.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * ANSI escape handling for log lines: SGR colour sequences (ESC [ ... m) become styled spans; other
 * CSI sequences are dropped so no escape code is ever shown.
 */
public final class AnsiText {

    public static final char ESC = '\u001b';
    /** Colour value meaning "the default". */
    public static final int DEFAULT = -1;
    /** Bit set in a colour value holding 24-bit RGB rather than a 256-palette index. */
    public static final int RGB_FLAG = 0x1000000;

    private AnsiText() {
    }

    /** A run of text with one style; colours are palette indexes 0-255, RGB_FLAG|rgb, or DEFAULT. */
    public record Span(int start, int end, int foreground, int background, boolean bold, boolean italic,
                       boolean underline) {

        public boolean plain() {
            return foreground == DEFAULT && background == DEFAULT && !bold && !italic && !underline;
        }
    }

    /** The text without escapes, and its styled spans covering it completely and in order. */
    public record Styled(String text, List<Span> spans) {
        public Styled {
            spans = List.copyOf(spans);
        }
    }

    public static boolean hasEscapes(String s) {
        return s.indexOf(ESC) >= 0;
    }

    /** The text without any escape sequence. */
    public static String strip(String s) {
        return hasEscapes(s) ? parse(s).text() : s;
    }

    public static Styled parse(String s) {
        if (!hasEscapes(s)) {
            return new Styled(s, s.isEmpty() ? List.of() : List.of(new Span(0, s.length(), DEFAULT, DEFAULT, false, false, false)));
        }
        StringBuilder text = new StringBuilder(s.length());
        List<Span> spans = new ArrayList<>();
        State st = new State();
        int spanStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != ESC) {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < n && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) {
                    j++;
                }
                if (j >= n) {
                    break; // unterminated: drop the rest of the sequence
                }
                if (s.charAt(j) == 'm') {
                    if (text.length() > spanStart) {
                        spans.add(st.span(spanStart, text.length()));
                        spanStart = text.length();
                    }
                    st.apply(s.substring(i + 2, j));
                }
                i = j + 1;
            } else {
                i += 2; // a two-character escape (ESC x): drop it
            }
        }
        if (text.length() > spanStart) {
            spans.add(st.span(spanStart, text.length()));
        }
        return new Styled(text.toString(), merge(spans));
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.foreground() == s.foreground() && last.background() == s.background() && last.bold() == s.bold()
                        && last.italic() == s.italic() && last.underline() == s.underline()) {
                    out.set(out.size() - 1, new Span(last.start(), s.end(), s.foreground(), s.background(), s.bold(),
                            s.italic(), s.underline()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static final class State {
        int fg = DEFAULT;
        int bg = DEFAULT;
        boolean bold;
        boolean italic;
        boolean underline;

        Span span(int start, int end) {
            return new Span(start, end, fg, bg, bold, italic, underline);
        }

        void apply(String params) {
            if (params.isEmpty()) {
                reset();
                return;
            }
            String[] parts = params.split("[;:]", -1);
            for (int k = 0; k < parts.length; k++) {
                int p = parseInt(parts[k]);
                if (p == 0) {
                    reset();
                } else if (p == 1) {
                    bold = true;
                } else if (p == 3) {
                    italic = true;
                } else if (p == 4) {
                    underline = true;
                } else if (p == 22) {
                    bold = false;
                } else if (p == 23) {
                    italic = false;
                } else if (p == 24) {
                    underline = false;
                } else if (p >= 30 && p <= 37) {
                    fg = p - 30;
                } else if (p == 39) {
                    fg = DEFAULT;
                } else if (p >= 40 && p <= 47) {
                    bg = p - 40;
                } else if (p == 49) {
                    bg = DEFAULT;
                } else if (p >= 90 && p <= 97) {
                    fg = p - 90 + 8;
                } else if (p >= 100 && p <= 107) {
                    bg = p - 100 + 8;
                } else if ((p == 38 || p == 48) && k + 1 < parts.length) {
                    int mode = parseInt(parts[k + 1]);
                    int colour = DEFAULT;
                    if (mode == 5 && k + 2 < parts.length) {
                        colour = clamp(parseInt(parts[k + 2]));
                        k += 2;
                    } else if (mode == 2 && k + 4 < parts.length) {
                        colour = RGB_FLAG | clamp(parseInt(parts[k + 2])) << 16 | clamp(parseInt(parts[k + 3])) << 8
                                | clamp(parseInt(parts[k + 4]));
                        k += 4;
                    } else {
                        k += 1;
                    }
                    if (p == 38) {
                        fg = colour;
                    } else {
                        bg = colour;
                    }
                }
            }
        }

        private void reset() {
            fg = DEFAULT;
            bg = DEFAULT;
            bold = false;
            italic = false;
            underline = false;
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }

        private static int parseInt(String s) {
            if (s.isEmpty()) {
                return 0;
            }
            int v = 0;
            for (int i = 0; i < s.length() && i < 6; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    /** The xterm 256-colour palette as 0xRRGGBB. */
    public static int paletteRgb(int index) {
        int[] base = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
        if (index < 16) {
            return base[index];
        }
        if (index < 232) {
            int i = index - 16;
            int[] steps = {0, 95, 135, 175, 215, 255};
            return steps[i / 36] << 16 | steps[(i / 6) % 6] << 8 | steps[i % 6];
        }
        int g = 8 + (index - 232) * 10;
        return g << 16 | g << 8 | g;
    }
}
