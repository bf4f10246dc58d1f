package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * A page of text shown in a question's place, such as the answers so far: scrolled with the arrow keys, and any
 * other key goes back to the question. Shown in the frame rather than printed above it, so that a long list
 * drawn after it cannot push it off the screen.
 */
final class Page {

    private static final String HINT = "Up/Down to scroll; any other key goes back to the question.";

    private final Frame frame;
    private final String text;
    private int first;

    Page(Frame frame, String text) {
        this.frame = frame;
        this.text = text;
    }

    /** Shows the page until a key other than Up or Down; false when the terminal became too small. */
    boolean show() {
        while (true) {
            List<AttributedString> lines = Text.wrap(text.strip(), frame.width(), AttributedStyle.DEFAULT);
            int height = Math.max(1, frame.rows() - 2);
            first = Math.max(0, Math.min(first, lines.size() - height));
            List<AttributedString> shown = new ArrayList<>(lines.subList(first, Math.min(lines.size(), first + height)));
            shown.add(new AttributedString(HINT, Text.DIM));
            frame.draw(shown, 0);
            Key key = frame.keys().next();
            if (key == Key.RESIZED && !frame.resize()) {
                return false;
            } else if (key == Key.UP || key == Key.DOWN) {
                first += key == Key.UP ? -1 : 1;
            } else if (key != Key.RESIZED) {
                return true;
            }
        }
    }
}
