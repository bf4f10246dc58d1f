package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Plain text made into styled lines of a width, broken between words. */
final class Text {

    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle BOLD = AttributedStyle.BOLD;
    static final AttributedStyle NOTE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle CHOSEN = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle ANSWER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private Text() {
    }

    /** {@code text} (its own colours removed) broken into lines of at most {@code width} columns. */
    static List<AttributedString> wrap(String text, int width, AttributedStyle style) {
        List<AttributedString> lines = new ArrayList<>();
        for (String paragraph : AttributedString.stripAnsi(text).split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(new AttributedString(line.toString(), style));
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(new AttributedString(line.toString(), style));
        }
        return lines;
    }
}
