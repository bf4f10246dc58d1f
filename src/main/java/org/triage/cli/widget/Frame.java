package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Where one question is drawn: the lines below the cursor, redrawn in place by JLine's {@link Display} after
 * every key. While it is open the terminal is in raw mode with its signals off, so that Ctrl-C and Ctrl-D come
 * as keys and the question can ask whether to quit; closing gives the terminal back as it was.
 */
final class Frame implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes saved;
    private final Terminal.SignalHandler savedResize;
    private final AtomicBoolean resized = new AtomicBoolean();
    private final Display display;
    private final Keys keys;
    private Size size;

    Frame(Terminal terminal) {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        terminal.puts(Capability.keypad_xmit);
        this.savedResize = terminal.handle(Terminal.Signal.WINCH, s -> resized.set(true));
        this.display = new Display(terminal, false);
        this.keys = new Keys(terminal, resized);
        this.size = terminal.getSize();
        display.resize(size.getRows(), size.getColumns());
    }

    Keys keys() {
        return keys;
    }

    /** The terminal's width now: lines are made to fit it. */
    int width() {
        return Math.max(1, size.getColumns() - 1);
    }

    int rows() {
        return size.getRows();
    }

    /**
     * Takes the terminal's new size; true when a question still fits on it. Terminals rewrap what is on the
     * screen when their width changes, each in its own way, so the question is not redrawn over the rewrapped
     * lines but on a cleared screen (the answers above stay in the scrollback, and a key away).
     */
    boolean resize() {
        size = terminal.getSize();
        terminal.puts(Capability.clear_screen);
        display.reset();
        display.resize(size.getRows(), size.getColumns());
        return WidgetMode.fits(terminal);
    }

    /** Draws {@code lines}, the cursor at {@code column} of the last one. */
    void draw(List<AttributedString> lines, int column) {
        List<AttributedString> fitted = new ArrayList<>();
        lines.forEach(l -> fitted.add(cut(l, width())));
        display.update(fitted, size.cursorPos(fitted.size() - 1, Math.min(column, width())));
        terminal.flush();
    }

    /** Leaves {@code lines} on the screen for good, the cursor on the line after them. */
    void leave(List<AttributedString> lines) {
        List<AttributedString> fitted = new ArrayList<>();
        lines.forEach(l -> fitted.add(cut(l, width())));
        display.update(fitted, size.cursorPos(Math.max(0, fitted.size() - 1), fitted.isEmpty() ? 0
                : fitted.get(fitted.size() - 1).columnLength()));
        if (!fitted.isEmpty()) {
            terminal.writer().print("\r\n");
        }
        terminal.flush();
    }

    /** A line no wider than {@code width}, cut with "..." when it is longer. */
    static AttributedString cut(AttributedString line, int width) {
        if (line.columnLength() <= width) {
            return line;
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(line.columnSubSequence(0, Math.max(0, width - 3)));
        b.style(AttributedStyle.DEFAULT).append("...");
        return b.toAttributedString();
    }

    @Override
    public void close() {
        terminal.handle(Terminal.Signal.WINCH, savedResize);
        terminal.puts(Capability.keypad_local);
        terminal.setAttributes(saved);
        terminal.flush();
    }
}
