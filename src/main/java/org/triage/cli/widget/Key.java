package org.triage.cli.widget;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The keys a question drawn whole answers to; {@link #CHAR} is any other printable character, typed as text. */
enum Key {
    UP, DOWN, LEFT, RIGHT, SPACE, ENTER, TAB, BACKSPACE, CLEAR, ESCAPE, HELP, ANSWERS, INTERRUPT, END, CHAR,
    /** The terminal changed size: the question is drawn again to fit. */
    RESIZED;

    /**
     * The key map. The arrow keys are bound both as the terminal describes them and in their two usual forms
     * (normal and application cursor mode), so that a terminal with an incomplete description works too.
     * Ctrl-C and Ctrl-D arrive as characters because the terminal's signals are off while a question is drawn.
     */
    static KeyMap<Key> map(Terminal terminal) {
        KeyMap<Key> map = new KeyMap<>();
        map.setUnicode(CHAR);
        for (char c = 32; c < 127; c++) {
            map.bind(CHAR, Character.toString(c));
        }
        bind(map, terminal, UP, Capability.key_up, "\033[A", "\033OA");
        bind(map, terminal, DOWN, Capability.key_down, "\033[B", "\033OB");
        bind(map, terminal, RIGHT, Capability.key_right, "\033[C", "\033OC");
        bind(map, terminal, LEFT, Capability.key_left, "\033[D", "\033OD");
        map.bind(SPACE, " ");
        map.bind(HELP, "?");
        map.bind(ENTER, "\r", "\n");
        map.bind(TAB, "\t");
        map.bind(BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        map.bind(CLEAR, KeyMap.ctrl('U'));
        map.bind(ESCAPE, KeyMap.esc());
        map.bind(ANSWERS, KeyMap.ctrl('R'));
        map.bind(INTERRUPT, KeyMap.ctrl('C'));
        map.bind(END, KeyMap.ctrl('D'));
        // a lone Esc is told from the start of an arrow key by waiting this long for the rest
        map.setAmbiguousTimeout(150);
        return map;
    }

    private static void bind(KeyMap<Key> map, Terminal terminal, Key key, Capability capability, String... usual) {
        String described = KeyMap.key(terminal, capability);
        if (described != null && !described.isEmpty()) {
            map.bind(key, described);
        }
        map.bind(key, usual);
    }
}
