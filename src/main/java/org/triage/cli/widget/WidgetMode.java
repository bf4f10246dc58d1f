package org.triage.cli.widget;

import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * Whether questions are drawn whole (lists, checkboxes, a confirm) or asked line by line as they always were.
 * Line by line for a screen reader (--accessible, ACCESSIBLE=1), when the input or output is not a terminal,
 * with NO_COLOR, on a dumb terminal, and on a terminal that cannot say its size or is too small to draw on.
 */
public final class WidgetMode {

    /** Narrower than this, a list of long options is more cut than read. */
    static final int MIN_COLUMNS = 40;
    /** The question, one option, the keys and the input line need at least this many lines. */
    static final int MIN_ROWS = 8;

    private WidgetMode() {
    }

    /** Before the terminal is opened: whether widgets may be drawn at all. */
    public static boolean wanted(boolean accessible, boolean terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return !accessible && terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /** Whether the open terminal can show a question drawn whole now (it is checked again after a resize). */
    public static boolean fits(Terminal terminal) {
        return fits(terminal.getType(), terminal.getSize());
    }

    static boolean fits(String type, Size size) {
        boolean dumb = type == null || type.startsWith(Terminal.TYPE_DUMB);
        return !dumb && size != null && size.getColumns() >= MIN_COLUMNS && size.getRows() >= MIN_ROWS;
    }
}
