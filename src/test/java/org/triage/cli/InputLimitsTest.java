package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.problem.Limits;

/**
 * Each documented input limit (README, Limits): an input just within it works, one just over it is an error at the
 * place where the limit was crossed, with the limit and the fix, that never repeats the long value.
 */
class InputLimitsTest {

    private static final String INTAKE = "red_flags: [none]\nconditions: [none]\ngoals: [relaxation]\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** An answers file of {@code bytes} bytes: the intake, then comment lines of at most 1,000 characters. */
    private static String answersOfSize(int bytes) {
        StringBuilder text = new StringBuilder(INTAKE);
        while (text.length() < bytes) {
            int room = bytes - text.length();
            text.append('#').append("c".repeat(Math.max(0, Math.min(999, room - 2)))).append('\n');
        }
        text.setLength(bytes);
        return text.toString();
    }

    @Test
    void anAnswersFileOfOneMebibyteIsReadAndOneByteMoreIsAnErrorWhereTheLimitIsCrossed() throws IOException {
        Path under = write("under.yaml", answersOfSize(Limits.FILE_BYTES));
        assertThat(Files.size(under)).isEqualTo(Limits.FILE_BYTES);
        Run ok = Run.of("recommend", "--answers", under.toString());
        assertThat(ok.code()).as(ok.err()).isZero();

        Path over = write("over.yaml", answersOfSize(Limits.FILE_BYTES + 1));
        Run refused = Run.of("recommend", "--answers", over.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).containsPattern(java.util.regex.Pattern.quote(over.toString()) + ":\\d+:\\d+: error: the file is"
                        + " larger than 1,048,576 bytes \\(1 MiB\\)")
                .contains("fix: check that this is the file you meant").doesNotContain("Exception");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void standardInputIsReadNoFurtherThanTheLimitEither() {
        Run ok = Run.stdin(answersOfSize(Limits.FILE_BYTES), "recommend", "--answers", "-");
        assertThat(ok.code()).as(ok.err()).isZero();
        Run refused = Run.stdin(answersOfSize(Limits.FILE_BYTES + 1), "recommend", "--answers", "-");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).startsWith("<stdin>:").contains("larger than 1,048,576 bytes");
    }

    @Test
    void aLineOfTheLimitIsReadAndOneCharacterMoreIsAnErrorAtItsColumn() throws IOException {
        String comment = "#" + "c".repeat(Limits.LINE_CHARS - 1);
        Path under = write("under.yaml", INTAKE + comment + "\n");
        assertThat(Run.of("recommend", "--answers", under.toString()).code()).isZero();

        Path over = write("over.yaml", INTAKE + comment + "c\n");
        Run refused = Run.of("recommend", "--answers", over.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(over + ":4:16385: error: line 4 is longer than 16,384 characters")
                .contains("fix: break it into shorter lines");
    }

    @Test
    void anAnswerValueOfTheLimitIsReadAndOneCharacterMoreIsAnErrorAtTheValueThatDoesNotRepeatIt() throws IOException {
        String id = "i".repeat(Limits.VALUE_CHARS);
        Run ok = Run.of("recommend", "--answers", write("under.yaml", INTAKE + "client_id: \"" + id + "\"\n").toString(),
                "--format", "json");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(id);

        Path over = write("over.json", "{\"red_flags\": [\"none\"], \"conditions\": [\"none\"], \"goals\": [\"relaxation\"],\n"
                + " \"client_id\": \"" + id + "j\"}");
        Run refused = Run.of("recommend", "--answers", over.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(over + ":2:15: error: client_id: the value is longer than 4,096 characters")
                .contains("fix: shorten it to at most 4,096 characters").doesNotContain("iiiiiiiiii");
    }

    @Test
    void aListItemOverTheValueLimitIsAnErrorToo() throws IOException {
        Path over = write("over.yaml", "red_flags: [none]\nconditions: [none]\ngoals: [relaxation, "
                + "r".repeat(Limits.VALUE_CHARS + 1) + "]\n");
        Run refused = Run.of("recommend", "--answers", over.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(over + ":3:21: error: goals: the value is longer than 4,096 characters")
                .doesNotContain("rrrrrrrrrr");
    }

    @Test
    void anArgumentValueOfTheLimitIsReadAndOneCharacterMoreIsAnErrorNamingItsField() {
        String id = "i".repeat(Limits.VALUE_CHARS);
        Run ok = Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation",
                "-a", "client_id=" + id);
        assertThat(ok.code()).as(ok.err()).isZero();

        Run refused = Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation",
                "-a", "client_id=" + id + "j");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("-a client_id=...: error: client_id: the value is longer than 4,096 characters")
                .doesNotContain("iiiiiiiiii");
    }

    @Test
    void sixtyFourLevelsOfNestingAreReadAndOneMoreIsAnErrorAtTheDeepestList() throws IOException {
        Path under = write("under.yaml", INTAKE + "pain_regions: " + "[".repeat(Limits.NESTING - 1) + "knee"
                + "]".repeat(Limits.NESTING - 1) + "\n");
        Run nested = Run.of("recommend", "--answers", under.toString());
        assertThat(nested.err()).doesNotContain("nested more than");

        Path over = write("over.yaml", INTAKE + "pain_regions: " + "[".repeat(Limits.NESTING) + "knee"
                + "]".repeat(Limits.NESTING) + "\n");
        Run refused = Run.of("recommend", "--answers", over.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(over + ":4:78: error: lists and mappings are nested more than 64 levels deep here");
    }

    @Test
    void aRuleFileOverTheLimitIsAnErrorOfTheRuleSetAtTheByteOver() throws IOException {
        Path rules = copyOfShippedRules();
        Path routing = rules.resolve("routing.yaml");
        String text = Files.readString(routing);
        int room = Limits.FILE_BYTES - text.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder padded = new StringBuilder(text);
        for (int left = room; left > 0; left -= 1000) {
            padded.append('#').append("p".repeat(Math.max(0, Math.min(998, left - 2)))).append(left >= 2 ? "\n" : "");
        }
        padded.setLength(Limits.FILE_BYTES);
        Files.writeString(routing, padded);
        assertThat(Files.size(routing)).isEqualTo(Limits.FILE_BYTES);
        Run ok = Run.of("recommend", "--rules", rules.toString(), "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=relaxation");
        assertThat(ok.code()).as(ok.err()).isZero();

        Files.writeString(routing, padded + "\n");
        Run refused = Run.of("recommend", "--rules", rules.toString(), "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=relaxation");
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).containsPattern(":\\d+:\\d+: error: the file is larger than 1,048,576 bytes")
                .contains("routing.yaml").contains("fix: split it");
    }

    @Test
    void aRuleSetOverFourMebibytesInAllIsAnErrorAtTheFileThatCrossesItAndIsReadNoFurther() throws IOException {
        Path rules = copyOfShippedRules();
        String comments = ("#" + "c".repeat(998) + "\n").repeat(1000); // 1,000,000 bytes, within the limit of one file
        for (int i = 1; i <= 6; i++) {
            Files.writeString(rules.resolve("cases/padding-" + i + ".yaml"), comments + "cases: []\n");
        }
        Run refused = Run.of("recommend", "--rules", rules.toString(), "-a", "red_flags=none");
        assertThat(refused.code()).isEqualTo(4);
        // files are read in path order: cases/ first, the shipped ones before the padding about 60 KB
        assertThat(refused.err()).contains("cases/padding-5.yaml: error: the rule set is larger than 4,194,304 bytes",
                "no more of it is read").doesNotContain("padding-6.yaml", "Exception");
    }

    @Test
    void aRuleGivingMoreThanAThousandPointsIsAnErrorSoThatNoSumCanOverflow() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(rules.resolve("extra.yaml"), "rules:\n  - id: extra.huge\n    description: d\n"
                + "    because: b\n    source: [DESIGN]\n    when: {field: goals, has: relaxation}\n"
                + "    score: {stm: 2147483647}\n");
        Run refused = Run.of("rules", "check", "--rules", rules.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.out() + refused.err()).contains("extra.yaml:7:", "the points for stm are 2147483647; a rule"
                + " gives at most 1000 points");
    }

    @Test
    void aThousandMistakesGiveAHundredErrorsAndACountOfTheRest() throws IOException {
        StringBuilder many = new StringBuilder(INTAKE);
        for (int i = 0; i < 1000; i++) {
            many.append("unknown_").append(i).append(": x\n");
        }
        Path file = write("many.yaml", many.toString());
        Run refused = Run.of("recommend", "--answers", file.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err().lines().filter(l -> l.contains(": error: ")).count()).isEqualTo(101);
        assertThat(refused.err()).contains(file + ":104:1: error: 900 more problems (900 of them errors) from here on are"
                + " not shown", "fix: fix the 100 above");
    }

    @Test
    void aControlCharacterInAYamlFileIsAnErrorAtItsOwnPlaceNotAtTheStart() throws IOException {
        Path file = write("nul.yaml", INTAKE + "client_id: ab\0cd\n");
        Run refused = Run.of("recommend", "--answers", file.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(file + ":4:14: error: a control character (U+0000) that YAML does not allow",
                "fix: remove it");
        Path text = write("text.yaml", INTAKE + "client_id: \"Zoë \uD83D\uDE00\"\n");
        assertThat(Run.of("recommend", "--answers", text.toString()).out()).startsWith("Client: Zoë \uD83D\uDE00");
    }

    @Test
    void aNumberTooLongForTheJsonParserIsAnErrorAtItsPlaceInTheProgramsWords() throws IOException {
        Path file = write("num.json", "{\"red_flags\": [\"none\"],\n \"age\": " + "1".repeat(5000) + "}\n");
        Run refused = Run.of("recommend", "--answers", file.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(file + ":2:", "error: a value here is too long to read: Number value length"
                + " (5000) exceeds the maximum allowed (1000)").doesNotContain("StreamReadConstraints", "comma");
    }

    @Test
    void aRuleFileLineOverTheLimitIsAnErrorAtItsColumn() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(rules.resolve("extra.yaml"), "# " + "x".repeat(Limits.LINE_CHARS) + "\nrules: []\n");
        Run refused = Run.of("rules", "check", "--rules", rules.toString());
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err() + refused.out()).contains("extra.yaml:1:16385: error: line 1 is longer than 16,384 characters");
    }

    @Test
    void aCsvCellOfTheLimitIsReadAndOneCharacterMoreMakesItsRowInvalidShowingOnlyItsStart() throws IOException {
        String id = "i".repeat(Limits.VALUE_CHARS);
        Path in = write("in.csv", "client_id,red_flags,conditions,goals\n" + id + ",none,none,relaxation\n"
                + id + "j,none,none,relaxation\nC,none,none,relaxation\n");
        Run run = Run.of("batch", in.toString());
        assertThat(run.code()).isEqualTo(6);
        String[] rows = run.out().split("\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).startsWith("2," + id + ",").doesNotContain("error");
        assertThat(rows[2]).startsWith("3,,").contains("client_id: the value is longer than 4,096 characters")
                .contains("value \"\"" + "i".repeat(Limits.EXCERPT_CHARS) + "... (4,097 characters)\"\"")
                .doesNotContain("i".repeat(Limits.EXCERPT_CHARS + 1));
        assertThat(rows[3]).startsWith("4,C,");
    }

    @Test
    void aCsvRecordOfTheLimitIsReadAndOneCharacterMoreEndsTheRunAtItsLine() throws IOException {
        String header = "client_id,red_flags,conditions,goals,x1\n";
        String start = "A,none,none,relaxation,";
        int content = "A".length() + "none".length() * 2 + "relaxation".length();
        String under = start + "x".repeat(Limits.CSV_RECORD_CHARS - content) + "\n";
        Path in = write("in.csv", header + under);
        Run ok = Run.of("batch", in.toString(), "--ignore-unknown-columns");
        assertThat(ok.err()).doesNotContain("characters");

        Path over = write("over.csv", header + "B,none,none,relaxation,b\n" + start
                + "x".repeat(Limits.CSV_RECORD_CHARS - content + 1) + "\n");
        Run refused = Run.of("batch", over.toString(), "--ignore-unknown-columns");
        assertThat(refused.code()).isEqualTo(5);
        assertThat(refused.err()).contains(over + ":3: error: the record starting at line 3 has more than 1,000,000 characters")
                .contains("fix: close every double quote");
    }

    @Test
    void aCellFarOverTheLimitIsRefusedOnceTheReaderHasBufferedTwiceTheRecordLimit() throws IOException {
        Path over = write("over.csv", "client_id,red_flags,conditions,goals\nA,none,none,relaxation\n\""
                + "x".repeat(3 * Limits.CSV_RECORD_CHARS) + "\",none,none,relaxation\n");
        Run refused = Run.of("batch", over.toString());
        assertThat(refused.code()).isEqualTo(5);
        assertThat(refused.err()).contains(over + ":3: error: the record starting at line 3 has more than 1,000,000 characters")
                .doesNotContain("xxxxxxxxxx");
    }

    @Test
    void aReplyOfTheLimitIsReadAndALongerOneIsRefusedAndTheQuestionAskedAgain() {
        String reply = "none" + " ".repeat(Limits.REPLY_CHARS - 4);
        Run ok = Run.stdin(reply + "\nnone\nrelaxation\nself\n" + "\n".repeat(12), "ask");
        assertThat(ok.out() + ok.err()).doesNotContain(org.triage.questionnaire.Input.TooLong.SAID);
        assertThat(ok.code()).as(ok.err()).isZero();

        Run refused = Run.stdin(reply + " \nnone\nnone\nrelaxation\nself\n" + "\n".repeat(12), "ask");
        assertThat(refused.out()).contains("That reply is longer than 4,096 characters, so it was not read. Type a shorter one.");
        assertThat(refused.code()).as(refused.err()).isZero();
    }

    private Path copyOfShippedRules() throws IOException {
        Path target = dir.resolve("rules");
        Path shipped = Path.of("rules");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(shipped.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        return target;
    }
}
