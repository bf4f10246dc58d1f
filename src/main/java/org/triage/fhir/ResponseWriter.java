package org.triage.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triage.questionnaire.Intake;
import org.triage.report.Json;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.AnswersFile;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.RuleSet;

/**
 * Answers as a FHIR R4 QuestionnaireResponse to the exported Questionnaire: one item per answered field, in
 * question order, with the values {@link ResponseReader} reads back. It is {@code completed} when every question
 * that needs an answer has one, else {@code in-progress}.
 */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    public static String write(Answers answers, RuleSet ruleSet) {
        EnableWhen codes = new EnableWhen(ruleSet);
        List<Object> items = new ArrayList<>();
        Answers ordered = AnswersFile.inQuestionOrder(answers.values(), ruleSet.questionnaire());
        boolean complete = true;
        for (Field field : ruleSet.questionnaire().fields()) {
            Answer a = ordered.values().get(field.id());
            if (a == null) {
                complete &= !Intake.required(field);
                continue;
            }
            items.add(Fhir.object("linkId", field.id(), "text", field.prompt(), "answer", values(field, a, codes)));
        }
        Map<String, Object> qr = Fhir.object(
                "resourceType", "QuestionnaireResponse",
                "questionnaire", FhirNames.of(ruleSet).canonical(ruleSet.version()),
                "status", complete ? "completed" : "in-progress",
                "item", items);
        return Json.write(qr, 2) + System.lineSeparator();
    }

    private static List<Object> values(Field field, Answer a, EnableWhen codes) {
        List<Object> out = new ArrayList<>();
        if (a instanceof Answer.Choices cs) {
            cs.ids().forEach(id -> out.add(Fhir.object("valueCoding", codes.code(field, id))));
        } else if (a instanceof Answer.Choice c) {
            out.add(field.type() == FieldType.YES_NO ? Fhir.object("valueBoolean", c.id().equals("yes"))
                    : Fhir.object("valueCoding", codes.code(field, c.id())));
        } else if (a instanceof Answer.Num n) {
            out.add(field.type() == FieldType.INTEGER ? Fhir.object("valueInteger", (long) n.value())
                    : Fhir.object("valueDecimal", EnableWhen.decimal(n.value())));
        } else {
            out.add(Fhir.object("valueString", a.display()));
        }
        return out;
    }
}
