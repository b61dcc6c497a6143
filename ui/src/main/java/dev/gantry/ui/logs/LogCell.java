package dev.gantry.ui.logs;

import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.AnsiText;
import dev.gantry.adapter.logs.LogSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One log line: timestamp, source coloured by replica, the text with ANSI colours as styles and
 * search hits highlighted. Lines longer than {@link #MAX_SHOWN} characters are cut, with a link
 * that shows the whole line.
 */
final class LogCell extends ListCell<LogRow> {

    static final int MAX_SHOWN = 4000;
    private static final String[] SOURCE_COLOURS = {"#4e9a06", "#3465a4", "#c4a000", "#75507b", "#06989a", "#ce5c00",
            "#cc0000", "#5c7a99"};
    private static final Font MONO = Font.font("monospace", 12);

    private final LogViewModel vm;
    private final Consumer<LogRow> expand;

    LogCell(LogViewModel vm, Consumer<LogRow> expand) {
        this.vm = vm;
        this.expand = expand;
        getStyleClass().add("log-cell");
    }

    @Override
    protected void updateItem(LogRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("log-stderr", "log-marker", "log-current");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row.stream() == LogStreamKind.STDERR) {
            getStyleClass().add("log-stderr");
        } else if (row.stream() == LogStreamKind.MARKER) {
            getStyleClass().add("log-marker");
        }
        if (row.seq() == vm.currentMatchSeq()) {
            getStyleClass().add("log-current");
        }
        List<Node> nodes = new ArrayList<>();
        if (vm.timestampsProperty().get() && row.timestamp() != null) {
            nodes.add(text(LogViewModel.TIME.format(row.timestamp()) + " ", "log-time", null));
        }
        Text src = text(row.source() + " ", "log-source", null);
        src.setFill(Color.web(SOURCE_COLOURS[row.sourceNumber() % SOURCE_COLOURS.length]));
        nodes.add(src);
        if (row.stream() == LogStreamKind.STDERR) {
            nodes.add(text("! ", "log-stderr-mark", null));
        }
        AnsiText.Styled styled = AnsiText.parse(row.text());
        String plain = styled.text();
        boolean cut = plain.length() > MAX_SHOWN;
        int shown = cut ? MAX_SHOWN : plain.length();
        Pattern p = vm.patternProperty().get();
        int[] hits = p == null ? new int[0] : LogSearch.ranges(p, plain.substring(0, shown));
        for (AnsiText.Span span : styled.spans()) {
            if (span.start() >= shown) {
                break;
            }
            addSpan(nodes, plain, span, Math.min(span.end(), shown), hits);
        }
        if (cut) {
            Hyperlink more = new Hyperlink(String.format("… show all %,d characters", plain.length()));
            more.getStyleClass().add("log-expand");
            more.setOnAction(e -> expand.accept(row));
            nodes.add(more);
        }
        TextFlow flow = new TextFlow(nodes.toArray(Node[]::new));
        flow.getStyleClass().add("log-line");
        if (vm.wrapProperty().get()) {
            flow.maxWidthProperty().bind(widthProperty().subtract(20));
            flow.prefWidthProperty().bind(widthProperty().subtract(20));
        }
        setGraphic(flow);
    }

    private static void addSpan(List<Node> nodes, String plain, AnsiText.Span span, int end, int[] hits) {
        int pos = span.start();
        for (int h = 0; h + 1 < hits.length && pos < end; h += 2) {
            int hs = Math.max(hits[h], pos);
            int he = Math.min(hits[h + 1], end);
            if (he <= hs) {
                continue;
            }
            if (hs > pos) {
                nodes.add(text(plain.substring(pos, hs), null, span));
            }
            Label hit = new Label(plain.substring(hs, he));
            hit.getStyleClass().add("log-hit");
            hit.setFont(MONO);
            nodes.add(hit);
            pos = he;
        }
        if (pos < end) {
            nodes.add(text(plain.substring(pos, end), null, span));
        }
    }

    private static Text text(String s, String styleClass, AnsiText.Span span) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass == null ? "log-text" : styleClass);
        if (span != null && !span.plain()) {
            t.setFont(Font.font("monospace", span.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    span.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, 12));
            if (span.foreground() != AnsiText.DEFAULT) {
                t.setFill(colour(span.foreground()));
            }
            t.setUnderline(span.underline());
            // background colours are rare in logs; shown as underline-free text on the default background
        } else {
            t.setFont(MONO);
        }
        return t;
    }

    static Color colour(int ansi) {
        int rgb = (ansi & AnsiText.RGB_FLAG) != 0 ? ansi & 0xffffff : AnsiText.paletteRgb(ansi);
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
