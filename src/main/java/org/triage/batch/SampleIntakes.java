package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Field;
import org.triage.rules.Option;
import org.triage.rules.Questionnaire;

/**
 * Synthetic intakes for trying the batch mode and measuring it: every screening question answered,
 * follow-ups only where the questionnaire would ask them, and red flags and conditions about as rare as at
 * a practice's front desk. The same seed gives the same file. No real client's data is involved.
 */
public final class SampleIntakes {

    private final Questionnaire questionnaire;
    private final Random random;

    public SampleIntakes(Questionnaire questionnaire, long seed) {
        this.questionnaire = questionnaire;
        this.random = new Random(seed);
    }

    /** The header row: every field id in questionnaire order. */
    public static void header(Questionnaire questionnaire, Writer out) throws IOException {
        CsvWriter csv = CsvResults.writer(out);
        csv.writeRecord(questionnaire.ids());
        csv.flush();
    }

    /**
     * Writes the header and {@code rows} intakes as CSV. A {@link PrintWriter} that has failed (a full disk, a reader
     * gone away) ends the writing within a thousand rows, rather than after making every row for nobody.
     */
    public void write(long rows, Writer out) throws IOException {
        CsvWriter csv = CsvResults.writer(out);
        csv.writeRecord(questionnaire.ids());
        for (long i = 1; i <= rows; i++) {
            Answers a = next(i);
            csv.writeRecord(questionnaire.ids().stream().map(id -> a.get(id).map(Answer::display).orElse("")).toList());
            if (i % 1024 == 0 && out instanceof PrintWriter print && print.checkError()) {
                return; // the command tells what the failure means
            }
        }
        csv.flush();
    }

    Answers next(long number) {
        Map<String, Answer> values = new LinkedHashMap<>();
        for (Field f : questionnaire.fields()) {
            boolean asked = f.askWhen().map(c -> c.test(new Answers(values))).orElse(true);
            if (!asked || (!f.screening() && random.nextInt(100) < 8)) {
                continue;
            }
            Answer a = answer(f, number);
            if (a != null) {
                values.put(f.id(), a);
            }
        }
        return new Answers(values);
    }

    private Answer answer(Field f, long number) {
        return switch (f.type()) {
            case TEXT -> new Answer.Text(String.format("S-%07d", number));
            case SINGLE, YES_NO -> new Answer.Choice(single(f));
            case MULTI -> new Answer.Choices(multi(f));
            case INTEGER -> new Answer.Num(integer(f));
            case NUMBER -> new Answer.Num(Math.round((f.min() + random.nextDouble() * (f.max() - f.min())) * 10) / 10.0);
        };
    }

    /** The first option (often "none" or "self") is the common answer; the others share the rest. */
    private String single(Field f) {
        List<String> ids = f.optionIds();
        int common = switch (f.id()) {
            case "consent" -> 92;
            case "injury_type" -> 45;
            default -> 100 / ids.size();
        };
        return random.nextInt(100) < common ? ids.get(0) : ids.get(random.nextInt(ids.size()));
    }

    /** An exclusive option ("none") is the usual answer to a screening list; otherwise one to three values. */
    private List<String> multi(Field f) {
        List<Option> exclusive = f.options().stream().filter(Option::exclusive).toList();
        List<Option> rest = f.options().stream().filter(o -> !o.exclusive()).toList();
        int none = switch (f.id()) {
            case "red_flags" -> 92;
            case "conditions" -> 70;
            case "pregnancy_signs", "blood_pressure_signs" -> 90; // warning signs are rare
            default -> 0;
        };
        if (!exclusive.isEmpty() && random.nextInt(100) < Math.max(none, 10)) {
            return List.of(exclusive.get(0).id());
        }
        if ("goals".equals(f.id()) && random.nextInt(100) < 40) {
            rest = rest.subList(0, Math.min(5, rest.size())); // the wellness goals come first
        }
        int count = "red_flags".equals(f.id()) ? 1 : 1 + random.nextInt(Math.min(3, rest.size()));
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String id = rest.get(random.nextInt(rest.size())).id();
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        return f.optionIds().stream().filter(chosen::contains).toList();
    }

    /** Realistic ranges where the field's own range is far wider than intakes ever are. */
    private double integer(Field f) {
        return switch (f.id()) {
            case "age" -> random.nextInt(100) < 5 ? 12 + random.nextInt(6) : 18 + random.nextInt(68);
            case "symptom_weeks" -> random.nextInt(60);
            case "injury_days_ago" -> random.nextInt(721); // 0 is the day of the injury
            case "pregnancy_weeks" -> 4 + random.nextInt(37);
            default -> f.min() + random.nextInt((int) Math.min(f.max() - f.min() + 1, 1000));
        };
    }
}
