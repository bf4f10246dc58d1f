package org.triage.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.triage.engine.Comparison;
import org.triage.engine.Recommendation;
import org.triage.rules.RuleSet;

/** A rules diff in plain words: each reported intake at {@code file:line}, then a summary table. */
final class DiffText implements DiffSink {

    private static final String NL = System.lineSeparator();
    private static final String INDENT = "               ";

    private final DiffOptions options;
    private final String file;
    private final Writer out;

    DiffText(DiffOptions options, String file, Writer out) {
        this.options = options;
        this.file = file;
        this.out = out;
    }

    @Override
    public void start(RuleSet older, RuleSet newer, Comparison comparison) throws IOException {
        line("old rules: " + options.oldName() + " (version " + older.version() + ", " + older.rules().size() + " rules)");
        line("new rules: " + options.newName() + " (version " + newer.version() + ", " + newer.rules().size() + " rules)");
        line("rules added: " + list(comparison.added()));
        line("rules removed: " + list(comparison.removed()));
        line("rules edited: " + list(comparison.edited()));
    }

    @Override
    public void row(RowDiff row) throws IOException {
        String where = file + ":" + row.line() + ": client "
                + (row.clientId().isEmpty() ? "(no client_id)" : oneLine(row.clientId()));
        line("");
        if (row.before().invalid() && row.after().invalid()) {
            line(where + ": invalid under both rule sets");
            if (row.before().errors().equals(row.after().errors())) {
                errors("", row.after());
            } else {
                errors("old rules: ", row.before());
                errors("new rules: ", row.after());
            }
            return;
        }
        line(where);
        String before = RowDiff.label(row.before());
        String after = RowDiff.label(row.after());
        line("  outcome:     " + (before.equals(after) ? before + " (unchanged)" : before + " -> " + after));
        if (row.before().invalid() || row.after().invalid()) {
            errors(row.before().invalid() ? "invalid under the old rules: " : "invalid under the new rules: ",
                    row.before().invalid() ? row.before() : row.after());
            return;
        }
        Recommendation a = row.before().recommendation().orElseThrow();
        Recommendation b = row.after().recommendation().orElseThrow();
        change("techniques:  ", Comparison.ids(a.techniques()), Comparison.ids(b.techniques()));
        change("excluded:    ", Comparison.ids(a.excluded()), Comparison.ids(b.excluded()));
        if (row.precautionsChanged()) {
            precautions(a, b);
        }
        rules(row.rules());
    }

    private void change(String what, List<String> before, List<String> after) throws IOException {
        if (!sameSet(before, after)) {
            line("  " + what + list(before) + " -> " + list(after));
        }
    }

    /**
     * The techniques that carry a precaution, old and new; only the new when they are the same, and then a note
     * must have changed: {@code (notes changed)} says so, as it does when a technique listed under both has other
     * notes.
     */
    private void precautions(Recommendation a, Recommendation b) throws IOException {
        List<String> before = Comparison.cautioned(a);
        List<String> after = Comparison.cautioned(b);
        line("  precautions: " + (sameSet(before, after) ? list(after) : list(before) + " -> " + list(after))
                + (Comparison.notesChanged(a, b) ? " (notes changed)" : ""));
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
    }

    private void rules(List<Comparison.Responsible> rules) throws IOException {
        if (rules.isEmpty()) {
            line("  rules:       the same rules fire; the change comes from ruleset.yaml (decision, techniques)"
                    + " or questions.yaml");
            return;
        }
        String head = "  rules:       ";
        for (Comparison.Responsible r : rules) {
            line(head + r.ruleId() + " " + fired(r.fired()) + status(r.status()));
            head = INDENT;
        }
    }

    private static String fired(Comparison.Fired fired) {
        return switch (fired) {
            case NEW_ONLY -> "fires now";
            case OLD_ONLY -> "no longer fires";
            case BOTH -> "fires under both";
        };
    }

    private static String status(Comparison.Status status) {
        return switch (status) {
            case ADDED -> " (new rule)";
            case REMOVED -> " (removed rule)";
            case EDITED -> " (edited)";
            case SAME -> "";
        };
    }

    private void errors(String prefix, RowResult row) throws IOException {
        String head = "  " + prefix;
        for (CellError e : row.errors()) {
            line(head + oneLine(e.render()));
            head = "  " + " ".repeat(prefix.length());
        }
    }

    @Override
    public void end(DiffSummary s) throws IOException {
        line("");
        line("summary");
        line("  intakes read         " + s.intakes());
        line("  changed              " + s.changed());
        line("  precautions changed  " + s.precautionsChanged());
        line("  invalid              " + s.invalid() + (s.invalid() == 0 ? "" : " (" + s.invalidBefore()
                + " under the old rules, " + s.invalidAfter() + " under the new rules)"));
        List<DiffSummary.Transition> transitions = s.transitions();
        if (transitions.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        transitions.forEach(t -> names.add(t.before() + " -> " + t.after()));
        String title = "old outcome -> new outcome";
        int width = Math.max(title.length(), names.stream().mapToInt(String::length).max().orElse(0));
        line("");
        line("  " + pad(title, width) + "  intakes");
        for (int i = 0; i < transitions.size(); i++) {
            line("  " + pad(names.get(i), width) + String.format(java.util.Locale.ROOT, "  %7d", transitions.get(i).intakes()));
        }
    }

    /** A quoted CSV field may hold line breaks; in this report every intake's lines stay together. */
    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private void line(String s) throws IOException {
        out.write(s);
        out.write(NL);
    }
}
