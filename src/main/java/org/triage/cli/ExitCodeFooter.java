package org.triage.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exit-code list at the foot of {@code triage --help}, made from {@link ExitCode} so that it lists every code
 * and a new one cannot be forgotten: "N label" entries in code order, packed into lines of at most a given width.
 */
final class ExitCodeFooter {

    private static final String INDENT = "  ";
    private static final String GAP = "   ";

    private ExitCodeFooter() {
    }

    /** A blank line, the heading, and the packed entries. */
    static String[] lines(int width) {
        List<String> lines = new ArrayList<>(List.of("", "Exit codes:"));
        StringBuilder line = new StringBuilder();
        for (ExitCode e : byCode()) {
            String entry = e.code() + " " + e.label();
            if (line.length() > 0 && line.length() + GAP.length() + entry.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? INDENT : GAP).append(entry);
        }
        lines.add(line.toString());
        return lines.toArray(String[]::new);
    }

    private static List<ExitCode> byCode() {
        return Arrays.stream(ExitCode.values()).sorted(Comparator.comparingInt(ExitCode::code)).toList();
    }
}
