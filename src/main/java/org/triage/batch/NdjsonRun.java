package org.triage.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.triage.engine.Engine;
import org.triage.fhir.ResponseReader;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.rules.Answer;
import org.triage.rules.AnswerSlots;
import org.triage.rules.RuleSet;

/**
 * {@code triage batch} over NDJSON of FHIR QuestionnaireResponses: one result per resource (per line that is not
 * blank), in input order, each with the resource's line and id. A resource that cannot be read is an invalid row
 * at its line with every problem located (line and column) and the run goes on, as for an invalid CSV row.
 * The resources are read and evaluated one after the other.
 */
public final class NdjsonRun {

    private NdjsonRun() {
    }

    /** {@code warnings}: problems that do not stop a resource, such as another questionnaire version when allowed. */
    public static Summary run(BatchOptions o, RuleSet ruleSet, boolean anyVersion, InputStream stdin, Writer stdout,
                              LongSupplier clock, Progress progress, Consumer<Problem> warnings) {
        long start = clock.getAsLong();
        Targets.check(o);
        String shown = BatchOptions.shown(o.input());
        Summary summary = new Summary(o.report(), ruleSet.rules().size(), ruleSet.techniques().size());
        String target = o.output();
        try (InputStream in = new BufferedInputStream(CsvIntake.open(o.input(), stdin), 1 << 16);
             Output out = Targets.open(o.output(), stdout);
             Output err = o.errors().isPresent() ? Targets.open(o.errors().get(), stdout) : null) {
            RowSink results = BatchRun.sink(o.format(), out.writer(), ruleSet, true);
            RowSink errors = err == null ? null : new ErrorRows(o.errors().get(), err.writer());
            NdjsonLines lines = new NdjsonLines(in);
            Summary.Tally tally = summary.newTally();
            Utf8Buffer text = new Utf8Buffer(1 << 12);
            long rows = 0;
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                RowResult row = evaluate(shown, line, ruleSet, anyVersion, warnings);
                tally.count(row);
                text.truncate(0);
                results.render(row, text);
                results.write(text);
                if (errors != null && row.invalid()) {
                    text.truncate(0);
                    errors.render(row, text);
                    errors.write(text);
                }
                progress.update(++rows, lines.bytesRead());
            }
            progress.done();
            summary.add(tally);
            results.flush();
            if (errors != null) {
                errors.flush();
                target = o.errors().get();
                err.commit();
            }
            target = o.output();
            out.commit();
        } catch (IOException e) {
            throw Targets.cannotWrite(target, e);
        }
        summary.elapsed(clock.getAsLong() - start);
        return summary;
    }

    private static RowResult evaluate(String shown, NdjsonLines.Line line, RuleSet ruleSet, boolean anyVersion,
                                      Consumer<Problem> warnings) {
        if (line.text() == null) {
            return new RowResult(line.number(), "", Optional.empty(),
                    List.of(new CellError(line.number(), "", "", shown + ":" + line.number() + ": " + line.problem(), "")));
        }
        if (line.text().strip().equals("{")) {
            // the first line of a resource written over many lines: every line of it would be an error of its own
            return new RowResult(line.number(), "", Optional.empty(), List.of(new CellError(line.number(), "", "",
                    shown + ":" + line.number() + ": this line is '{' alone: the file looks like a resource written"
                    + " over many lines, but batch reads NDJSON, one whole resource on each line", "give one resource to"
                    + " 'triage recommend --answers FILE', or write each resource on one line (jq -c . FILE)")));
        }
        Problems problems = new Problems();
        ResponseReader.Response response = new ResponseReader(ruleSet, anyVersion, problems)
                .read(shown, line.text(), (int) line.number() - 1);
        Answer clientId = response.answers().values().get("client_id");
        String client = clientId == null ? "" : clientId.display();
        List<CellError> invalid = new ArrayList<>();
        for (Problem p : problems.inOrder()) {
            if (p.isError()) {
                invalid.add(new CellError(line.number(), "", "", p.location() + ": " + p.message(), p.fix()));
            } else {
                warnings.accept(p);
            }
        }
        if (!invalid.isEmpty()) {
            return new RowResult(line.number(), client, Optional.empty(), invalid, response.origin());
        }
        var verdict = Engine.decide(ruleSet, AnswerSlots.of(ruleSet.questionnaire(), response.answers()));
        return new RowResult(line.number(), client, Optional.of(verdict), List.of(), response.origin());
    }

    /** Whether the input starts like NDJSON (its first character that is not white space is '{'), not like a CSV. */
    public static boolean looksLikeNdjson(byte[] start, int length) {
        int i = length >= 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < length && Character.isWhitespace(start[i])) {
            i++;
        }
        return i < length && start[i] == '{';
    }
}
