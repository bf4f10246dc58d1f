package org.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --save} to a place it cannot write, and {@code --resume} of a saved file cut short or corrupted, are
 * refused by the built jar before the first question, with a located error; nothing is asked, nothing is
 * recommended. Runs after the package phase (failsafe).
 */
class SaveResumeIT {

    /** An injury intake with every question answered, one answer per line, then Enter at the review. */
    private static final String SPRAIN = "none\nanticoagulants\ninjury_recovery, mobility\nself\nA-17\n34\n5\nankle_foot\n3\n"
            + "swelling localized_pain\n6\nsprain_strain\n20\nankle_foot\nnone\nactive\nunsure\n\n";

    /** What the questionnaire prints first: none of it may come before an error about --save or --resume. */
    private static final String FIRST_QUESTION = "Do any of these apply to you right now?";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result triage(String stdin, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/triage.jar").toAbsolutePath().toString()), Stream.of(args)).toList();
        Path in = Files.writeString(dir.resolve(".stdin"), stdin);
        Path out = dir.resolve(".out");
        Path err = dir.resolve(".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void refusedBeforeTheFirstQuestion(Result r, int code) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.out()).as("nothing asked").doesNotContain(FIRST_QUESTION).doesNotContain("Intake questions")
                .doesNotContain("Recommended approach");
        assertThat(r.err()).contains("fix: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The intake answered whole and saved, as the questionnaire saves it. */
    private Path saved(String name, String... more) throws Exception {
        Path file = dir.resolve(name);
        Result r = triage(SPRAIN, Stream.concat(Stream.of("ask", "--save", file.toString()), Stream.of(more))
                .toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return file;
    }

    @Test
    void aSaveTargetThatCannotBeWrittenIsRefusedBeforeTheFirstQuestion() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (String target : List.of(dir.resolve("missing/intake.yaml").toString(), file.resolve("intake.yaml").toString(),
                dir.toString())) {
            for (List<String> fhir : List.of(List.<String>of(), List.of("--fhir"))) {
                String[] args = Stream.concat(Stream.of("ask", "--save", target), fhir.stream()).toArray(String[]::new);
                Result r = triage(SPRAIN, args);
                refusedBeforeTheFirstQuestion(r, 5);
                assertThat(r.err()).as(String.join(" ", args)).startsWith(target + ": error: ");
            }
        }
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aSaveTargetOnAReadOnlyFileSystemIsRefusedBeforeTheFirstQuestion() throws Exception {
        // the permission bits do not stop root, a read-only mount does: the save is tried where it will be made
        Tmpfs fs = Tmpfs.mount("64k");
        assumeTrue(fs.mounted(), fs.why);
        try {
            assertThat(fs.remountReadOnly()).isNull();
            for (String name : List.of("intake.yaml", "intake.json")) {
                String target = fs.dir.resolve(name).toString();
                Result r = triage(SPRAIN, name.endsWith(".json") ? new String[] {"ask", "--save", target, "--fhir"}
                        : new String[] {"ask", "--save", target});
                refusedBeforeTheFirstQuestion(r, 5);
                assertThat(r.err()).as(name).contains(target + ": error: cannot save the answers here: the folder "
                        + fs.dir + " is not writable");
            }
        } finally {
            fs.unmount();
        }
    }

    @Test
    void aSaveOntoAFullDiskIsRefusedBeforeTheFirstQuestionAndKeepsTheOldFile() throws Exception {
        Tmpfs fs = Tmpfs.mount("16k");
        assumeTrue(fs.mounted(), fs.why);
        try {
            Path file = fs.dir.resolve("intake.yaml");
            Files.writeString(file, "red_flags: [none]\n");
            Path filler = fs.dir.resolve("filler");
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[1024];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // the disk is full now
            }
            Result r = triage(SPRAIN, "ask", "--save", file.toString());
            refusedBeforeTheFirstQuestion(r, 5);
            assertThat(r.err()).contains(file + ": error: cannot save the answers here: the disk of the folder " + fs.dir
                    + " is full");
            assertThat(Files.readString(file)).isEqualTo("red_flags: [none]\n");
            try (Stream<Path> left = Files.list(fs.dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("intake.yaml", "filler");
            }
        } finally {
            fs.unmount();
        }
    }

    @Test
    void aSavedFileCutShortAnywhereIsRefusedBeforeTheFirstQuestionAndNeverReadAsFewerAnswers() throws Exception {
        Path whole = saved("whole.yaml");
        String text = Files.readString(whole);
        assertThat(text).startsWith("# triage answers, saved whole").endsWith("# end: 17 answers\n");
        int endLine = text.lastIndexOf("# end:");
        // in the header, after it, in the middle of an answer, at the end of an answer's line (one whole answer
        // less, the red-flag-like hazard of a list cut short), in the end line itself
        List<Integer> cuts = List.of(10, text.indexOf('\n') + 1, text.indexOf("anticoag") + 4,
                text.indexOf("conditions") , endLine, endLine + 5);
        for (int cut : cuts) {
            Path part = Files.writeString(dir.resolve("cut.yaml"), text.substring(0, cut));
            Result resumed = triage(SPRAIN, "ask", "--resume", part.toString());
            refusedBeforeTheFirstQuestion(resumed, 3);
            assertThat(resumed.err()).as("cut at %d", cut).contains("cut.yaml:").contains("was cut short after line");
            Result read = triage("", "recommend", "--answers", part.toString());
            assertThat(read.code()).as("recommend --answers of a file cut at %d", cut).isEqualTo(3);
            assertThat(read.out()).isEmpty();
        }
        Result full = triage("", "recommend", "--answers", whole.toString());
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.out()).contains("Recommended approach");
    }

    @Test
    void aCorruptedSavedFileIsRefusedBeforeTheFirstQuestionAtItsPlace() throws Exception {
        String text = Files.readString(saved("whole.yaml"));
        Path flipped = Files.writeString(dir.resolve("flipped.yaml"), text.replace("\"anticoagulants\"", "\"anticoaXulants\""));
        Result r = triage(SPRAIN, "ask", "--resume", flipped.toString());
        refusedBeforeTheFirstQuestion(r, 3);
        assertThat(r.err()).contains("flipped.yaml:4:").contains("unknown value 'anticoaXulants'").contains("Did you mean");

        String[] lines = text.split("\n");
        Path lost = Files.writeString(dir.resolve("lost.yaml"), text.replace(lines[3] + "\n", ""));
        r = triage(SPRAIN, "ask", "--resume", lost.toString());
        refusedBeforeTheFirstQuestion(r, 3);
        assertThat(r.err()).contains("lost.yaml:1: error: this file was saved with 17 answers and holds 16 now");

        Path binary = dir.resolve("binary.yaml");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.indexOf("A-17")] = (byte) 0xff;
        Files.write(binary, bytes);
        r = triage(SPRAIN, "ask", "--resume", binary.toString());
        assertThat(r.code()).as(r.err()).isIn(3, 5);
        refusedBeforeTheFirstQuestion(r, r.code());
        assertThat(r.err()).contains("binary.yaml").contains("UTF-8");
    }

    @Test
    void aSavedQuestionnaireResponseCutShortIsRefusedBeforeTheFirstQuestion() throws Exception {
        String text = Files.readString(saved("whole.json", "--fhir"));
        for (int cut : List.of(text.length() / 3, text.length() - 3)) {
            Path part = Files.writeString(dir.resolve("cut.json"), text.substring(0, cut));
            Result r = triage(SPRAIN, "ask", "--resume", part.toString());
            refusedBeforeTheFirstQuestion(r, 3);
            assertThat(r.err()).contains("cut.json:").contains("JSON syntax error");
        }
    }

    @Test
    void aSavedQuestionnaireResponseWithAWrongValueIsRefusedBeforeTheFirstQuestionAtItsPlace() throws Exception {
        String text = Files.readString(saved("whole.json", "--fhir"));
        assertThat(text).contains("\"anticoagulants\"");
        Path wrong = Files.writeString(dir.resolve("wrong.json"), text.replace("\"anticoagulants\"", "\"anticoaXulants\""));
        Result r = triage(SPRAIN, "ask", "--resume", wrong.toString(), "--save", wrong.toString(), "--fhir");
        refusedBeforeTheFirstQuestion(r, 3);
        assertThat(r.err()).containsPattern("wrong\\.json:\\d+:\\d+: error: ").contains("anticoaXulants")
                .doesNotContain("A-17");
        assertThat(Files.readString(wrong)).as("the file resumed from is not overwritten").contains("anticoaXulants");
    }

    @Test
    void anAnswersFileWrittenByHandHasNoEndLineAndIsReadAsBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "# my notes\nred_flags: [none]\nconditions: [none]\n");
        Result r = triage("relaxation\nself\n" + "\n".repeat(12), "ask", "--resume", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Recommended approach: general massage");
    }

    @Test
    void aSaveOfAQuestionnaireStoppedEarlyIsWholeAndResumes() throws Exception {
        Path file = dir.resolve("partial.yaml");
        Result first = triage("none\nnone\n", "ask", "--save", file.toString());
        assertThat(first.code()).isEqualTo(7);
        assertThat(Files.readString(file)).endsWith("red_flags: [\"none\"]\nconditions: [\"none\"]\n# end: 2 answers\n");
        Result second = triage("relaxation\nself\n" + "\n".repeat(12), "ask", "--resume", file.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Recommended approach: general massage");
    }
}
