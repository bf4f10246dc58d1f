package org.triage.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.engine.Engine;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.rules.Answer;
import org.triage.rules.AnswerReader;
import org.triage.rules.AnswersFile;
import org.triage.rules.Field;
import org.triage.rules.RuleSet;

/** Reads one row's cells as answers and evaluates them. Stateless, so rows may be evaluated in parallel. */
final class RowEvaluator {

    /** What the reader puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    private final String file;
    private final RuleSet ruleSet;
    private final Columns columns;

    RowEvaluator(String file, RuleSet ruleSet, Columns columns) {
        this.file = file;
        this.ruleSet = ruleSet;
        this.columns = columns;
    }

    RowResult evaluate(IntakeRow row) {
        List<String> cells = row.cells();
        String clientId = columns.clientId(cells);
        if (cells.size() != columns.width()) {
            CellError ragged = new CellError(row.line(), "", "", "the row has " + cells.size()
                    + (cells.size() == 1 ? " field" : " fields") + " but the header has " + columns.width() + ".",
                    "give every row " + columns.width() + " fields; put a value that holds a comma, a quote or a line"
                            + " break in double quotes, and double any quote inside it");
            return new RowResult(row.line(), clientId, Optional.empty(), List.of(ragged));
        }
        List<CellError> errors = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            if (cells.get(column).indexOf(NOT_UTF8) >= 0) {
                errors.add(new CellError(row.line(), columns.name(column), cells.get(column).trim(),
                        "this cell is not UTF-8 text", "save the file as UTF-8 (CSV UTF-8 in a spreadsheet)"));
            }
        }
        if (!errors.isEmpty()) {
            return new RowResult(row.line(), clientId, Optional.empty(), errors);
        }
        Map<String, Answer> values = new HashMap<>(2 * cells.size() + 2);
        Problems problems = new Problems();
        AnswerReader reader = new AnswerReader(problems);
        int line = (int) Math.min(row.line(), Integer.MAX_VALUE);
        for (Map.Entry<Integer, Field> e : columns.fields().entrySet()) {
            int column = e.getKey();
            String cell = cells.get(column);
            if (cell.isEmpty()) {
                continue;
            }
            int before = problems.size();
            reader.fromText(e.getValue(), cell, new Location(file, line, column + 1))
                    .ifPresent(a -> values.put(e.getValue().id(), a));
            if (problems.size() > before) {
                for (Problem p : problems.inOrder().subList(before, problems.size())) {
                    errors.add(new CellError(row.line(), columns.name(column), cell.trim(), p.message(), p.fix()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new RowResult(row.line(), clientId, Optional.empty(), errors);
        }
        var answers = AnswersFile.inQuestionOrder(values, ruleSet.questionnaire());
        return new RowResult(row.line(), clientId, Optional.of(Engine.evaluate(ruleSet, answers)), List.of());
    }
}
