package org.triage.cli.widget;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Reads keys from the terminal, and tells a change of the terminal's size as {@link Key#RESIZED}: the wait for a
 * key is cut into short waits so that a question is drawn again soon after a resize, however long no key comes.
 */
final class Keys {

    private static final long RESIZE_CHECK_MILLIS = 100;

    private final BindingReader reader;
    private final KeyMap<Key> map;
    private final AtomicBoolean resized;
    private String last = "";

    Keys(Terminal terminal, AtomicBoolean resized) {
        this.reader = new BindingReader(terminal.reader());
        this.map = Key.map(terminal);
        this.resized = resized;
    }

    /** The next key; {@link Key#END} when the input has ended. */
    Key next() {
        while (true) {
            if (resized.getAndSet(false)) {
                return Key.RESIZED;
            }
            int c = reader.peekCharacter(RESIZE_CHECK_MILLIS);
            if (c == NonBlockingReader.EOF) {
                return Key.END;
            }
            if (c != NonBlockingReader.READ_EXPIRED) {
                Key key = reader.readBinding(map);
                last = reader.getLastBinding();
                return key == null ? Key.END : key;
            }
        }
    }

    /** The characters of the last key read: what a {@link Key#CHAR} types. */
    String typed() {
        return last;
    }
}
