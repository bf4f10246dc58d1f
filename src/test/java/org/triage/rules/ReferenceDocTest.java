package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.engine.CaseCheck;
import org.triage.problem.Problem;

/**
 * docs/rules.md is the tested reference. Its YAML examples are verbatim from the files they name, and the
 * whole rules, questions and cases among them load as part of a copy of the shipped rule set; every
 * operator and key of the language is documented; the catalogues of load errors and lint warnings match
 * the messages of the test fixtures both ways, so that the doc cannot drift from the code.
 */
class ReferenceDocTest {

    private static final Path DOC = Path.of("docs/rules.md");
    private static final Path SHIPPED = Path.of("rules");
    private static final String SPLICED = "doc-example.yaml";
    /** In a catalogue message, the part that names an id, key, value or place. */
    private static final String ANY = "…";

    /** A YAML block of the doc: the file its first line names, whether it is an excerpt, and its text. */
    record Example(int line, String source, boolean excerpt, String text) {
        @Override
        public String toString() {
            return DOC + ":" + line + " from " + source + (excerpt ? " (excerpt)" : "");
        }

        /** A whole rule, question or case of the shipped rule set, which can be loaded on its own. */
        boolean whole() {
            return !excerpt && source.startsWith("rules/") && !source.equals("rules/ruleset.yaml");
        }
    }

    /** A row of the operator table. */
    record OperatorRow(String operator, String example, String in) {
        @Override
        public String toString() {
            return operator + ": " + example;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyYamlExampleIsVerbatimFromTheFileItNames(Example example) throws IOException {
        Path file = Path.of(example.source());
        assertThat(file).as("%s names a file that does not exist", example).isRegularFile();
        assertThat(read(file)).as("%s is not a verbatim excerpt of %s", example, file).contains(example.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeExamples")
    void everyWholeExampleLoadsAsPartOfACopyOfTheShippedRuleSet(Example example, @TempDir Path temp) throws IOException {
        Path copy = copyOfShipped(temp);
        String source = example.source().substring("rules/".length());
        if (source.equals("questions.yaml")) {
            // A question cannot move (follow-ups come after what they depend on): add it again under another id.
            String renamed = example.text().replaceAll("(?m)^  - id: (\\S+)$", "  - id: $1_doc");
            Files.writeString(copy.resolve(source), read(copy.resolve(source)).stripTrailing() + "\n\n" + renamed);
        } else {
            Path file = copy.resolve(source);
            Files.writeString(file, read(file).replace(example.text(), ""));
            String list = source.startsWith("cases/") ? "cases" : "rules";
            Path target = source.startsWith("cases/") ? copy.resolve("cases").resolve(SPLICED) : copy.resolve(SPLICED);
            Files.writeString(target, list + ":\n" + example.text());
        }

        LoadResult result = RuleSetLoader.load(copy, "rules");

        assertThat(result.problems()).as("%s spliced into the shipped rule set", example).extracting(Problem::render)
                .isEmpty();
        RuleSet rs = result.ruleSet().orElseThrow();
        for (String id : ids(example.text(), "(?m)^  - id: (\\S+)$")) {
            if (source.equals("questions.yaml")) {
                assertThat(rs.questionnaire().field(id + "_doc")).as("question %s_doc", id).isPresent();
            } else {
                assertThat(rs.rule(id)).as("rule %s", id).hasValueSatisfying(
                        r -> assertThat(r.location().file()).endsWith(SPLICED));
            }
        }
        List<Case> cases = rs.cases().stream().filter(c -> c.location().file().endsWith(SPLICED)).toList();
        assertThat(cases).hasSize(ids(example.text(), "(?m)^  - name: (.+)$").size());
        cases.forEach(c -> assertThat(CaseCheck.run(rs, c).failures()).as("case '%s'", c.name()).isEmpty());
    }

    @Test
    void theDocHasWholeRuleQuestionAndCaseExamples() throws IOException {
        List<String> sources = wholeExamples().map(Example::source).toList();
        assertThat(sources).contains("rules/questions.yaml").anyMatch(s -> s.startsWith("rules/cases/"))
                .anyMatch(s -> !s.startsWith("rules/cases/") && !s.equals("rules/questions.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorRows")
    void everyOperatorExampleLoadsAsTheConditionOfARule(OperatorRow row, @TempDir Path temp) throws IOException {
        Path copy = copyOfShipped(temp);
        Files.writeString(copy.resolve(SPLICED), """
                rules:
                  - id: doc.example
                    description: The example of an operator.
                    because: It shows the operator.
                    source: [DESIGN]
                    when: %s
                    score: {stm: 1}
                """.formatted(row.example()));

        LoadResult result = RuleSetLoader.load(copy, "rules");

        assertThat(result.problems()).as(row.toString()).extracting(Problem::render).isEmpty();
        assertThat(row.example()).contains(" " + row.operator() + ": ");
        if (!row.in().equals("—")) {
            assertThat(read(Path.of(row.in()))).as("%s is in %s", row.example(), row.in()).contains(row.example());
        }
    }

    @Test
    void everyOperatorIsDocumented() throws IOException {
        assertThat(operatorRows().map(OperatorRow::operator)).containsExactlyElementsOf(Operator.keys());
    }

    @Test
    void everyKeyOfTheLanguageIsDocumented() throws IOException {
        assertThat(rowKeys(section("## `ruleset.yaml`"))).containsExactlyInAnyOrderElementsOf(
                union(HeaderReader.KEYS, HeaderReader.OPTIONAL_KEYS));
        assertThat(section("## `ruleset.yaml`")).contains(quoted(HeaderReader.DECISION_KEYS))
                .contains(quoted(HeaderReader.TECHNIQUE_KEYS));
        assertThat(rowKeys(section("## `questions.yaml`"))).containsExactlyInAnyOrderElementsOf(union(
                QuestionnaireReader.REQUIRED, QuestionnaireReader.OPTIONAL, QuestionnaireReader.OPTION_REQUIRED,
                QuestionnaireReader.OPTION_OPTIONAL));
        assertThat(rowKeys(section("## Rules"))).containsExactlyInAnyOrderElementsOf(
                union(RuleReader.RULE_KEYS, RuleReader.EFFECT_KEYS));
        assertThat(section("## Rules")).contains(quoted(RuleReader.PRECAUTION_KEYS));
        assertThat(rowKeys(section("## `clinic.yaml`"))).containsExactlyInAnyOrderElementsOf(
                union(ClinicFile.REQUIRED, ClinicFile.OPTIONAL));
        assertThat(rowKeys(section("## Cases"))).containsExactlyInAnyOrderElementsOf(
                union(CaseReader.CASE_KEYS, CaseReader.EXPECT_REQUIRED, CaseReader.EXPECT_KEYS));
    }

    @Test
    void everyKeyOfAPolicyIsDocumented() throws IOException {
        assertThat(rowKeys(section("## Policies"))).containsExactlyInAnyOrderElementsOf(
                union(PolicyReader.POLICY_KEYS, PolicyReader.RESULT_KEYS));
        assertThat(section("## Policies")).contains(quoted(PolicyReader.REQUIRES_KEYS));
    }

    @Test
    void theCounterexampleShownIsTheOneItsGoldenCaseGives() throws IOException {
        Matcher block = Pattern.compile("(?s)\n```\n(.*?)```").matcher(section("### Reading a counterexample"));
        assertThat(block.find()).as("a counterexample in the section on reading one").isTrue();
        assertThat(read(Path.of("src/test/resources/golden/rules-prove/needle-refusal-deleted/stdout")))
                .contains(block.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loadErrors")
    void everyLoadErrorOfTheFixturesIsInTheCatalogue(String message) throws IOException {
        assertThat(templates("## Load errors")).as("a catalogue entry of docs/rules.md for: %s", message)
                .anyMatch(t -> matches(t, message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loadErrorTemplates")
    void everyLoadErrorInTheCatalogueIsOneAFixtureGives(String template) throws IOException {
        assertThat(loadErrors()).as("a load-errors fixture that gives: %s", template).anyMatch(m -> matches(template, m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintWarnings")
    void everyLintWarningOfTheFixturesIsInTheCatalogue(String message) throws IOException {
        assertThat(templates("### Lint warnings")).as("a catalogue entry of docs/rules.md for: %s", message)
                .anyMatch(t -> matches(t, message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintTemplates")
    void everyLintWarningInTheCatalogueIsOneAFixtureGives(String template) throws IOException {
        assertThat(lintWarnings()).as("a lint fixture that gives: %s", template).anyMatch(m -> matches(template, m));
    }

    @Test
    void theNoteOfRulesCheckShownIsTheOneTheShippedRulesGive() throws IOException {
        String golden = read(Path.of("src/test/resources/golden/rules-check/shipped-rules-clean/stdout"));
        String note = golden.lines().filter(l -> l.startsWith("note: ")).findFirst().orElseThrow();
        assertThat(section("### Lint warnings")).contains("\n" + note + "\n");
    }

    @Test
    void theRulesDiffReportShownIsTheOneItsGoldenCaseGives() throws IOException {
        Matcher report = Pattern.compile("(?s)\n```\n(.*?)```")
                .matcher(section("## Comparing two rule sets: `triage rules diff`"));
        assertThat(report.find()).as("a report in the section on rules diff").isTrue();
        String golden = read(Path.of("src/test/resources/golden/rules-diff/epilepsy-excludes-dry-needling/stdout"));
        for (String part : report.group(1).split("\n\n")) {
            assertThat(golden).as("the golden report of epilepsy-excludes-dry-needling").contains(part);
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        String doc = read(DOC);
        Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(doc);
        Pattern head = Pattern.compile("# (\\S+)( \\(excerpt\\))?");
        while (m.find()) {
            int line = (int) doc.substring(0, m.start()).lines().count() + 1;
            String block = m.group(1);
            String first = block.substring(0, block.indexOf('\n'));
            Matcher h = head.matcher(first);
            assertThat(h.matches()).as("%s:%d: a YAML example starts with '# path/of/the/file'", DOC, line).isTrue();
            out.add(new Example(line, h.group(1), h.group(2) != null, block.substring(first.length() + 1)));
        }
        assertThat(out).isNotEmpty();
        return out.stream();
    }

    static Stream<Example> wholeExamples() throws IOException {
        return examples().filter(Example::whole);
    }

    static Stream<OperatorRow> operatorRows() throws IOException {
        List<OperatorRow> rows = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]+ \\| [^|]+ \\| `([^`]+)` \\| `?([^`|]+?)`? \\|$")
                .matcher(section("### Operators"));
        while (m.find()) {
            rows.add(new OperatorRow(m.group(1), m.group(2), m.group(3).strip()));
        }
        return rows.stream();
    }

    static Stream<String> loadErrors() throws IOException {
        return messages(Path.of("src/test/resources/load-errors"), "error");
    }

    static Stream<String> lintWarnings() throws IOException {
        return messages(Path.of("src/test/resources/lint"), "warning");
    }

    static Stream<String> loadErrorTemplates() throws IOException {
        return templates("## Load errors").stream();
    }

    static Stream<String> lintTemplates() throws IOException {
        return templates("### Lint warnings").stream();
    }

    /** The messages of every fixture's expected.txt, without the "did you mean" of a near miss, once each. */
    private static Stream<String> messages(Path fixtures, String severity) throws IOException {
        Pattern line = Pattern.compile("^\\S.*?: " + severity + ": (.*)$");
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("expected.txt")).sorted().toList()) {
                for (String l : read(f).lines().toList()) {
                    Matcher m = line.matcher(l);
                    if (m.matches()) {
                        out.add(m.group(1).replaceAll(" Did you mean '[^']*'\\?$", ""));
                    }
                }
            }
        }
        assertThat(out).as("messages in %s", fixtures).isNotEmpty();
        return out.stream();
    }

    /** The first cell of each table row of a section: a message with {@code …} for its variable parts. */
    private static List<String> templates(String heading) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(section(heading));
        while (m.find()) {
            out.add(m.group(1));
        }
        assertThat(out).as("catalogue under %s", heading).isNotEmpty();
        return out;
    }

    private static boolean matches(String template, String message) {
        String regex = Stream.of(template.split(ANY, -1)).map(Pattern::quote).collect(Collectors.joining(".+"));
        return message.matches(regex);
    }

    /** The keys named in the first column of the section's tables. */
    private static Set<String> rowKeys(String section) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The text from a heading to the next heading of the same or a higher level (outside code blocks). */
    private static String section(String heading) throws IOException {
        List<String> lines = read(DOC).lines().toList();
        int start = lines.indexOf(heading);
        assertThat(start).as("docs/rules.md has the heading %s", heading).isNotNegative();
        int level = heading.indexOf(' ');
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String line : lines.subList(start, lines.size())) {
            code ^= line.startsWith("```");
            if (!code && out.length() > 0 && line.matches("#+ .*") && line.indexOf(' ') <= level) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String[] quoted(Set<String> keys) {
        return keys.stream().map(k -> "`" + k + "`").toArray(String[]::new);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    private static List<String> ids(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Path copyOfShipped(Path temp) throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(SHIPPED.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
