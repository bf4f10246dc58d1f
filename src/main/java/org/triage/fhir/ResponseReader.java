package org.triage.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.Answer;
import org.triage.rules.AnswerReader;
import org.triage.rules.Answers;
import org.triage.rules.AnswersFile;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.TreeReader;

/**
 * A FHIR R4 QuestionnaireResponse read as answers: each item's {@code linkId} is a field id, its answers the
 * field's values, items nested in a group or under an answer (a follow-up, as forms apps send them) alike.
 * Every problem is located at the JSON line and column, names the linkId and says what was expected; a response
 * to another questionnaire, or another version of it, is an error, or a warning when that is allowed.
 */
public final class ResponseReader {

    /** The answers read, and what the resource says about itself (its id, subject and encounter). */
    public record Response(Origin origin, Answers answers) {
        public Optional<String> id() {
            return origin.id();
        }
    }

    /** A reference to a Patient or Group (relative, or a full URL), as a GuidanceResponse's subject must be. */
    private static final java.util.regex.Pattern SUBJECT =
            java.util.regex.Pattern.compile("(.*/)?(Patient|Group)/[A-Za-z0-9.-]{1,64}(/_history/[A-Za-z0-9.-]{1,64})?");
    private static final java.util.regex.Pattern ENCOUNTER =
            java.util.regex.Pattern.compile("(.*/)?Encounter/[A-Za-z0-9.-]{1,64}(/_history/[A-Za-z0-9.-]{1,64})?");

    /**
     * The most of one resource that is read, in characters: an intake's answers take a few kilobytes, so a
     * larger resource is not an intake and is refused before it is parsed.
     */
    private static final int MAX_RESOURCE = org.triage.problem.Limits.FILE_BYTES;

    /**
     * The elements of a FHIR R4 QuestionnaireResponse, of its items and of their answers. Any other key is an
     * error, not skipped: a misspelt {@code answer} or {@code item} would otherwise lose an answer, a red flag
     * among them, without a word. A JSON key for a primitive's extensions ({@code _authored}) is one of these with
     * an underscore before it.
     */
    private static final List<String> RESOURCE_ELEMENTS = List.of("resourceType", "id", "meta", "language", "text",
            "contained", "extension", "identifier", "basedOn", "partOf", "questionnaire", "status", "subject",
            "encounter", "authored", "author", "source", "item");
    private static final List<String> ITEM_ELEMENTS = List.of("id", "extension", "linkId", "definition", "text",
            "answer", "item");
    static final List<String> ANSWER_ELEMENTS = List.of("id", "extension", "valueBoolean", "valueDecimal",
            "valueInteger", "valueDate", "valueDateTime", "valueTime", "valueString", "valueUri", "valueAttachment",
            "valueCoding", "valueQuantity", "valueReference", "item");
    /** Elements that change the meaning of what holds them (FHIR's modifiers): a reader that does not know them must refuse. */
    private static final List<String> MODIFIERS = List.of("modifierExtension", "implicitRules");
    private static final List<String> STATUSES = List.of("in-progress", "completed", "amended", "entered-in-error",
            "stopped");

    private final RuleSet ruleSet;
    private final Questionnaire questionnaire;
    private final boolean anyVersion;
    /** The rule set's FHIR names, and the code system of its answer options, worked out once. */
    private final FhirNames names;
    private final String options;
    private final Problems problems;
    private final AnswerReader reader;
    private final Map<String, Answer> values = new HashMap<>();
    private final Map<String, Location> seen = new HashMap<>();

    /** {@code anyVersion}: a response to another version of the questionnaire is a warning, not an error. */
    public ResponseReader(RuleSet ruleSet, boolean anyVersion, Problems problems) {
        this.ruleSet = ruleSet;
        this.questionnaire = ruleSet.questionnaire();
        this.anyVersion = anyVersion;
        this.names = FhirNames.of(ruleSet);
        this.options = names.options();
        this.problems = problems;
        this.reader = new AnswerReader(problems);
    }

    /** Whether {@code text} is a FHIR resource rather than a triage answers file: a JSON object with a resourceType. */
    public static boolean isFhir(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '{' && text.contains("\"resourceType\"");
    }

    /**
     * The answers of the JSON {@code text}, a resource that starts after {@code linesBefore} lines of {@code file}
     * (0 for a file of its own).
     */
    public Response read(String file, String text, int linesBefore) {
        if (text.length() > MAX_RESOURCE) {
            problems.error(Location.of(file, linesBefore + 1), "the resource is " + text.length() / 1024
                    + " KiB; a QuestionnaireResponse of more than 1024 KiB is not read", "send one intake per"
                    + " QuestionnaireResponse; an intake's answers take a few KiB");
            return new Response(Origin.NONE, Answers.NONE);
        }
        Optional<Node> root = TreeReader.read(file, text, true, linesBefore, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.of(file, linesBefore + 1), "the resource is empty",
                        "give a QuestionnaireResponse as one JSON object");
            }
            return new Response(Origin.NONE, Answers.NONE);
        }
        return read(root.get());
    }

    /** The answers of the resource {@code root}; fields with a problem are left out (the problem says why). */
    public Response read(Node root) {
        values.clear();
        seen.clear();
        if (!(root instanceof Node.MapNode map)) {
            problems.error(root.location(), "expected a FHIR QuestionnaireResponse (a JSON object), found " + root.kind(),
                    "give one JSON object with \"resourceType\": \"QuestionnaireResponse\"");
            return new Response(Origin.NONE, Answers.NONE);
        }
        if (!resourceType(map)) {
            return new Response(Origin.NONE, Answers.NONE);
        }
        if (!elements(map, RESOURCE_ELEMENTS, "the QuestionnaireResponse", problems) || !status(map)) {
            return new Response(Origin.NONE, Answers.NONE);
        }
        questionnaireCanonical(map);
        Node.Entry items = map.entries().get("item");
        if (items != null) {
            items(items.value());
        }
        Origin origin = new Origin(text(map, "id"), reference(map, "subject", SUBJECT), reference(map, "encounter", ENCOUNTER));
        return new Response(origin, AnswersFile.inQuestionOrder(values, questionnaire));
    }

    private boolean resourceType(Node.MapNode map) {
        Node.Entry type = map.entries().get("resourceType");
        String found = type == null ? null : scalar(type.value());
        if ("QuestionnaireResponse".equals(found)) {
            return true;
        }
        Location at = type == null ? map.location() : type.value().location();
        problems.error(at, "expected resourceType 'QuestionnaireResponse', found "
                        + (found == null ? "none" : "'" + found + "'"),
                "send the QuestionnaireResponse of the intake Questionnaire ('triage questionnaire --fhir'), not a "
                        + (found == null ? "resource without a resourceType" : found));
        return false;
    }

    /**
     * Whether every key of {@code map} is one of {@code known} (or a primitive's {@code _extensions} of one), and no
     * modifier is there; each other key is an error at its place, with a did-you-mean.
     */
    static boolean elements(Node.MapNode map, List<String> known, String what, Problems problems) {
        boolean ok = true;
        for (Node.Entry e : map.entries().values()) {
            String key = e.key();
            String element = key.startsWith("_") ? key.substring(1) : key;
            if (MODIFIERS.contains(element)) {
                problems.error(e.keyLocation(), "'" + key + "' in " + what + ": triage does not know what this modifier"
                        + " changes, so it cannot read the answers safely", "send the response without '" + element
                        + "', or have a clinician read it and enter the answers");
                ok = false;
            } else if (!known.contains(element)) {
                problems.error(e.keyLocation(), "unknown element '" + key + "' in " + what + "."
                        + Suggest.didYouMean(key, known), "use the elements of FHIR R4: " + String.join(", ", known)
                        + "; triage reads no other, so that no answer is passed over");
                ok = false;
            }
        }
        return ok;
    }

    /** A response entered in error holds no intake; an unknown status is an error. */
    private boolean status(Node.MapNode map) {
        Node.Entry e = map.entries().get("status");
        if (e == null) {
            return true;
        }
        String status = scalar(e.value());
        if (status == null || !STATUSES.contains(status)) {
            problems.error(e.value().location(), "status must be one of " + String.join(", ", STATUSES) + ", found "
                    + (status == null ? e.value().kind() : "'" + org.triage.problem.Limits.excerpt(status) + "'")
                    + "." + (status == null ? "" : Suggest.didYouMean(status, STATUSES)), "write \"status\": \"completed\"");
            return false;
        }
        if (status.equals("entered-in-error")) {
            problems.error(e.value().location(), "the response was entered in error; it is not an intake",
                    "read the response that replaced it");
            return false;
        }
        return true;
    }

    /** A response names the Questionnaire it answers: it must be this rule set's, at this version. */
    private void questionnaireCanonical(Node.MapNode map) {
        Node.Entry q = map.entries().get("questionnaire");
        if (q == null) {
            return;
        }
        String canonical = q.value() instanceof Node.Scalar sc && sc.type() == Node.ScalarType.STRING ? sc.text() : null;
        if (canonical == null) {
            problems.error(q.value().location(), "'questionnaire' must be the canonical URL of the Questionnaire as"
                    + " text, found " + q.value().kind(), "write \"questionnaire\": \""
                    + names.canonical(ruleSet.version()) + "\"");
            return;
        }
        int bar = canonical.indexOf('|');
        String url = bar < 0 ? canonical : canonical.substring(0, bar);
        String version = bar < 0 ? null : canonical.substring(bar + 1);
        String expected = names.canonical(ruleSet.version());
        if (!url.equals(names.questionnaire())) {
            problems.error(q.value().location(), "the response is for another questionnaire, '" + canonical
                    + "'; triage reads responses to " + expected, "answer the Questionnaire that 'triage questionnaire"
                    + " --fhir' writes, or map the other form's answers to its linkIds");
        } else if (version != null && !version.equals(ruleSet.version())) {
            otherVersion(problems, anyVersion, q.value().location(), "the response is for version " + version
                    + " of the questionnaire; the rule set is " + ruleSet.version(),
                    "questions may have changed between the versions");
        }
    }

    /**
     * A response, or a coding in it, of another version than the rule set's: an error, or with
     * --ignore-questionnaire-version a warning that says what to check; whether the reading goes on.
     */
    static boolean otherVersion(Problems problems, boolean anyVersion, Location at, String message, String changed) {
        if (anyVersion) {
            problems.add(Problem.warning(at, message + "; read anyway (--ignore-questionnaire-version)",
                    "check the result: " + changed));
        } else {
            problems.error(at, message, "export the current Questionnaire with 'triage questionnaire --fhir' and answer"
                    + " it, or read this one anyway with --ignore-questionnaire-version");
        }
        return anyVersion;
    }

    private void items(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            problems.error(node.location(), "'item' must be a list of items, found " + node.kind(),
                    "write \"item\": [{\"linkId\": \"red_flags\", \"answer\": [...]}]");
            return;
        }
        for (Node item : list.items()) {
            item(item);
        }
    }

    private void item(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), "an item must be an object, found " + node.kind(),
                    "write {\"linkId\": \"red_flags\", \"answer\": [...]}");
            return;
        }
        Node.Entry linkEntry = map.entries().get("linkId");
        String linkId = linkEntry == null ? null : scalar(linkEntry.value());
        if (!elements(map, ITEM_ELEMENTS, linkId == null ? "an item" : "the item of linkId '" + org.triage.problem.Limits.excerpt(linkId)
                + "'", problems)) {
            return;
        }
        Node.Entry answers = map.entries().get("answer");
        Node.Entry children = map.entries().get("item");
        if (linkId == null) {
            problems.error(map.location(), "an item has no linkId", "give every item the linkId of its question");
        } else {
            Optional<Field> field = questionnaire.field(linkId.toLowerCase(Locale.ROOT));
            if (field.isPresent()) {
                answer(field.get(), linkEntry, answers);
            } else if (answers != null || children == null && !linkId.endsWith(".help")) {
                // a group (nested items, no answer) and the help items of the exported Questionnaire are not questions
                problems.error(linkEntry.value().location(), "unknown linkId '" + linkId + "'."
                        + Suggest.didYouMean(linkId, questionnaire.ids()), "use the linkIds of the Questionnaire"
                        + " 'triage questionnaire --fhir' writes: " + String.join(", ", questionnaire.ids()));
            }
        }
        if (children != null) {
            items(children.value());
        }
    }

    private void answer(Field field, Node.Entry linkEntry, Node.Entry answers) {
        Location earlier = seen.putIfAbsent(field.id(), linkEntry.value().location());
        if (earlier != null) {
            problems.error(linkEntry.value().location(), "linkId '" + field.id() + "' is answered twice (also at line "
                    + earlier.line() + ")", "give each question one item; several values of "
                    + field.id() + " go in that item's answer list");
            return;
        }
        if (answers == null) {
            return;
        }
        if (!(answers.value() instanceof Node.ListNode list)) {
            problems.error(answers.value().location(), "linkId '" + field.id() + "': 'answer' must be a list, found "
                    + answers.value().kind(), "write \"answer\": [" + Values.example(field, options) + "]");
            return;
        }
        if (list.items().size() > 1 && field.type() != FieldType.MULTI) {
            problems.error(list.items().get(1).location(), "linkId '" + field.id() + "' takes one answer, found "
                    + list.items().size(), "keep the one answer that applies");
            return;
        }
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (Node a : list.items()) {
            Optional<String> value = new Values(field, options, ruleSet.version(), anyVersion, problems).of(a);
            ok &= value.isPresent();
            value.ifPresent(parts::add);
            if (a instanceof Node.MapNode m && m.entries().containsKey("item")) {
                items(m.entries().get("item").value());
            }
        }
        if (ok && !parts.isEmpty()) {
            reader.fromText(field, String.join(";", parts), list.items().get(0).location())
                    .ifPresent(v -> values.put(field.id(), v));
        }
    }

    /** The {@code reference} of the Reference at {@code key}, when it is one of the kind {@code kind} matches. */
    private static Optional<String> reference(Node.MapNode map, String key, java.util.regex.Pattern kind) {
        Node.Entry e = map.entries().get(key);
        if (e == null || !(e.value() instanceof Node.MapNode ref)) {
            return Optional.empty();
        }
        return text(ref, "reference").filter(r -> r.length() <= 512 && kind.matcher(r).matches());
    }

    private static Optional<String> text(Node.MapNode map, String key) {
        Node.Entry e = map.entries().get(key);
        return Optional.ofNullable(e == null ? null : scalar(e.value()));
    }

    static String scalar(Node node) {
        return node instanceof Node.Scalar s ? s.text() : null;
    }
}
