package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage batch} on real files in a temporary folder. */
class BatchCommandTest {

    static final String HEADER = "client_id,age,goals,red_flags,conditions,pain_level\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A quote left open reads the next client's row into a cell: that row is said not evaluated, and not repeated. */
    @Test
    void rowsReadIntoACellByAQuoteLeftOpenAreAnErrorThatRepeatsNoneOfThem() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\nB,40,\"relax\nSECRET-C,40,relaxation,"
                + "none,none,2\nD,40,relaxation\",none,none,2\nE,40,relaxation,none,none,2\n");
        Run run = Run.of("batch", in.toString());
        assertThat(run.code()).isEqualTo(6);
        assertThat(run.out().lines().toList()).hasSize(4).element(2).asString().startsWith("3,B,")
                .contains("column goals, value \"\"relax\"\": the cell runs over 3 lines from line 3",
                        "their rows were not evaluated", "Fix: close the quote")
                .doesNotContain("SECRET-C");
        Path text = write("text.csv", HEADER + "\"A,40,relaxation,none,none,2\nSECRET-C,40,relaxation,none,none,2\n"
                + "D\",40,relaxation,none,none,2\n\"E, a note\nof two lines\",40,relaxation,none,none,2\n");
        Run textRun = Run.of("batch", text.toString(), "--format", "jsonl");
        assertThat(textRun.out().lines().toList()).satisfiesExactly(
                first -> assertThat(first).contains("column client_id", "runs over 3 lines from line 2")
                        .doesNotContain("value \\\"A,40,relaxation,none,none,2\\nSECRET"),
                note -> assertThat(note).contains("\"outcome\":\"massage\""));
    }

    @Test
    void aCellOverTheLimitIsShownByItsStartAndLength() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,\"" + "y".repeat(5000) + "\",none,none,2\n");
        Run run = Run.of("batch", in.toString());
        assertThat(run.out()).contains("column goals, value \"\"" + "y".repeat(64) + "... (5,000 characters)\"\":",
                "longer than 4,096 characters");
    }

    @Test
    void invalidRowsKeepTheirPhysicalLineNumberAfterAQuotedNewline() throws IOException {
        Path in = write("in.csv", HEADER + "\"A\n1\",40,relaxation,none,none,2\nB,40,relax,none,none,2\nC,40,relaxation,none\n");
        Run run = Run.of("batch", in.toString(), "--format", "jsonl");
        assertThat(run.code()).isEqualTo(6);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().toList().get(1)).startsWith("{\"line\":4,\"client_id\":\"B\",\"outcome\":null,")
                .contains("column goals, value \\\"relax\\\"").contains("Fix: use one of");
        assertThat(run.out().lines().toList().get(2)).startsWith("{\"line\":5,\"client_id\":\"C\"").contains("header has 6");
    }

    /**
     * An intake CSV exported for rule set 1.0.0 (none of the 1.1.0 follow-ups pregnancy_signs and blood_pressure_signs,
     * consent "representative" for a parent) still runs: no row is invalid or incomplete because of the new fields.
     */
    @Test
    void anIntakeFileWithoutTheFieldsAddedIn110StillRunsWithoutIncompleteRows() throws IOException {
        Path in = write("in.csv", "client_id,age,red_flags,conditions,pregnancy_weeks,goals,pain_level,consent\n"
                + "P-1,31,none,pregnancy,24,relaxation,2,self\n"
                + "H-1,60,none,uncontrolled_hypertension,,relaxation,2,self\n"
                + "M-1,15,none,none,,performance,3,representative\n");

        Run run = Run.of("batch", in.toString());

        assertThat(run.code()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3).noneMatch(row -> row.contains("incomplete"));
        assertThat(rows.get(0)).startsWith("2,P-1,massage,");
        assertThat(rows.get(1)).startsWith("3,H-1,refer,routine,");
        assertThat(rows.get(2)).startsWith("4,M-1,stm,");
    }

    @Test
    void aProgressBarIsDrawnOnStderrOnlyWhenItIsATerminal() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            rows.append("C").append(i).append(",40,relaxation,none,none,2\n");
        }
        Path in = write("in.csv", rows.toString());
        Path out = dir.resolve("out.csv");
        java.io.StringWriter err = new java.io.StringWriter();
        Console terminal = new Console(java.io.InputStream.nullInputStream(), new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), java.util.Map.of("TERM", "xterm"), false, true);

        int code = org.triage.App.run(terminal, "batch", in.toString(), "-o", out.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("triage batch 100%").contains("5000 rows")
                .doesNotContain("C4999").doesNotContain("relaxation");
        assertThat(Files.readAllLines(out)).hasSize(5001);
        assertThat(Run.of("batch", in.toString(), "-o", out.toString()).err()).doesNotContain("%");
    }

    @Test
    void anOutputThatIsADeviceOrPipeIsWrittenToNotReplaced() throws Exception {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\n");
        Path fifo = dir.resolve("results.pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Run run = Run.of("batch", in.toString(), "-o", fifo.toString());

        assertThat(run.code()).isZero();
        assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).startsWith("line,client_id,outcome");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe, not replaced by a file").isFalse();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "A,40,relaxation,none,none,2\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Path in = dir.resolve("in.csv");
        Files.write(in, concat(bom, text));
        Run run = Run.of("batch", in.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\n2,A,massage,");
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() {
        Run run = Run.stdin(HEADER + "A,40,relaxation,none,none,2\n", "batch", "-", "-o", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("line,client_id,outcome,referral_urgency,techniques,excluded,reasons,error\n2,A,massage,");
        assertThat(run.err()).contains("triage batch: 1 row in").contains("massage 1").contains("invalid rows: 0");
    }

    @Test
    void resultsThatCannotBeWrittenToStandardOutputAreAFailureNotASuccess() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        Console console = new Console(new java.io.ByteArrayInputStream((HEADER + "A,40,relaxation,none,none,2\n")
                .getBytes(StandardCharsets.UTF_8)), new java.io.PrintWriter(full), new java.io.PrintWriter(err),
                java.util.Map.of(), false);

        int code = org.triage.App.run(console, "batch", "-");

        assertThat(code).isEqualTo(5);
        assertThat(err.toString()).contains("cannot write the results to standard output")
                .doesNotContain("1 row in").doesNotContain("Exception");
    }

    @Test
    void theSummaryNamesNoAnswers() {
        // the invalid answer is words, not digits: the summary's own figures (rows per second) may hold any digits
        Run run = Run.stdin(HEADER + "Secret-Name,40,relaxation,none,none,ninety-nine\n", "batch", "-");
        assertThat(run.code()).isEqualTo(6);
        assertThat(run.err()).doesNotContain("Secret-Name").doesNotContain("ninety-nine");
    }

    @Test
    void unknownColumnsAreRefusedBeforeAnyRowIsRead() throws IOException {
        Path in = write("in.csv", "client_id,agee,goals\nA,40,relaxation\n");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("out.csv").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(in + ":1:2: error: unknown column 'agee'. Did you mean 'age'?");
        assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
    }

    @Test
    void anUnknownColumnIsNamedAtTheHeadersOwnLineAfterBlankLines() throws IOException {
        Path in = write("in.csv", "\n\nclient_id,agee,goals\nA,40,relaxation\n");
        Run run = Run.of("batch", in.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(in + ":3:2: error: unknown column 'agee'.");
    }

    @Test
    void aMappedColumnIsReadAsItsField() {
        Run run = Run.stdin("Who,Age,goals,red_flags,conditions\nA,40,relaxation,none,none\n",
                "batch", "-", "--map", "Who=client_id");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\n2,A,massage,");
    }

    @Test
    void aFailureMidRunLeavesNoFileAtTheTarget() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3000; i++) {
            bytes.writeBytes(("A" + i + ",40,relaxation,none,none,2\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("B,\"40,relaxation,none,none,2\nC,40,relaxation,none,none,2\n".getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.csv");
        Files.write(in, bytes.toByteArray());
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("out.csv").toString(), "--threads", "2");
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("in.csv:3002: error: a double quote opened in this row is not closed")
                .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.csv");
        }
    }

    @Test
    void aQuoteLeftOpenStopsTheRunInsteadOfSwallowingTheRowsAfterIt() throws IOException {
        Path in = write("in.csv", "client_id,red_flags,conditions,goals\nA,none,none,relaxation\n"
                + "B,\"none,none,relaxation\nC,none,none,relaxation\nD,none,none,relaxation\n");
        Path out = dir.resolve("out.csv");
        Run run = Run.of("batch", in.toString(), "-o", out.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains(in + ":3: error: a double quote opened in this row is not closed, so lines 3 to 5"
                + " were read as one cell").contains("fix: close the quote, or double a quote that is part of the text (\"\")")
                .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.csv");
        }
    }

    @Test
    void aRecordOfMoreCellsThanTheReaderAllowsStopsTheRunAtItsLine() throws IOException {
        Path in = write("in.csv", "client_id,red_flags,conditions,goals\nA,none,none,relaxation\n\n"
                + "B" + ",x".repeat(20_000) + "\nC,none,none,relaxation\n");
        Path out = dir.resolve("out.csv");
        Run run = Run.of("batch", in.toString(), "-o", out.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains(in + ":4: error: the record starting at line 4 has more than 16384 cells")
                .contains("fix: check that this is an intake export").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCellLongerThanAChunkHoldsIsReadWhole() throws IOException {
        String longId = "L".repeat(200_000);
        Path in = write("in.csv", "client_id,red_flags,conditions,goals\n\nA,none,none,relaxation\n\n" + longId
                + ",none,none,relaxation\nC,none,none,stress\n");
        Run run = Run.of("batch", in.toString(), "--threads", "2");
        assertThat(run.code()).isEqualTo(6);
        List<String> rows = run.out().lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("3,A,");
        // read whole, and refused as a value over the limit without being repeated; the rows around it are intact
        assertThat(rows.get(2)).startsWith("5,,").contains("client_id: the value is longer than 4,096 characters")
                .doesNotContain(longId.substring(0, 100));
        assertThat(rows.get(3)).startsWith("6,C,,,,,,").contains("stress");
    }

    @Test
    void aQuoteLeftOpenOnStandardInputIsNamedAtItsLine() {
        Run run = Run.stdin("client_id,red_flags,conditions,goals\nA,none,none,relaxation\n"
                + "B,\"none,none,relaxation\nC,none,none,relaxation\n", "batch", "-");
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("<stdin>:3: error: a double quote opened in this row is not closed, so lines 3 to 4");
    }

    @Test
    void aCellThatIsNotUtf8MakesItsOwnRowInvalidAtItsRealLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("client_id,red_flags,conditions,goals\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i <= 6; i++) {
            bytes.writeBytes(("A" + i + ",none,none,relaxation\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("Jos\u00e9,none,none,relaxation\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("A8,none,none,relaxation\n".getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.csv");
        Files.write(in, bytes.toByteArray());
        Path errors = dir.resolve("errors.csv");

        Run run = Run.of("batch", in.toString(), "--errors", errors.toString());

        assertThat(run.code()).isEqualTo(6);
        List<String> rows = run.out().lines().toList();
        assertThat(rows).hasSize(8);
        assertThat(rows.get(6)).startsWith("7,Jos\uFFFD,,,,,,").contains("column client_id")
                .contains("this cell is not UTF-8 text. Fix: save the file as UTF-8 (CSV UTF-8 in a spreadsheet).");
        assertThat(rows.get(7)).startsWith("8,A8,massage,");
        assertThat(rows.subList(1, 6)).allSatisfy(r -> assertThat(r).contains(",massage,"));
        assertThat(Files.readString(errors)).contains("\n7,client_id,");
        assertThat(run.err()).contains("invalid rows: 1");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAClearError() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\n");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("gone/out.csv").toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("cannot write the output: the folder does not exist");
    }

    @Test
    void anOutputThatIsAFolderIsRefusedBeforeAnyRowIsRead() throws IOException {
        write("in.csv", HEADER + "A,40,relaxation,none,none,2\n");
        Path folder = Files.createDirectory(dir.resolve("results"));
        // stdin that never ends: the run must stop before it reads any input
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the input was read");
            }
        };
        for (String[] args : List.of(new String[] {"batch", "-", "-o", folder.toString()},
                new String[] {"batch", "-", "-o", dir.resolve("out.csv").toString(), "--errors", folder.toString()})) {
            java.io.StringWriter err = new java.io.StringWriter();
            Console console = new Console(endless, new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(err), java.util.Map.of(), false);
            assertThat(org.triage.App.run(console, args)).isEqualTo(5);
            assertThat(err.toString()).contains(folder + ": error: cannot write the output: it is a folder")
                    .contains("name a file, such as " + folder.resolve("results.csv")).doesNotContain("the input was read");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "results");
        }
    }

    @Test
    void theInputIsNeverOverwritten() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\n");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("./in.csv").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the output would overwrite");
        assertThat(Files.readString(in)).isEqualTo(HEADER + "A,40,relaxation,none,none,2\n");
    }

    @Test
    void exitCodesSayHowTheRunWent() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\n");
        assertThat(Run.of("batch", in.toString()).code()).isZero();
        assertThat(Run.stdin(HEADER + "A,400,relaxation,none,none,2\n", "batch", "-").code()).isEqualTo(6);
        assertThat(Run.of("batch", in.toString(), "--threads", "0").code()).isEqualTo(2);
        assertThat(Run.of("batch", in.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(Run.of("batch", dir.resolve("missing.csv").toString()).code()).isEqualTo(5);
        assertThat(Run.of("batch", in.toString(), "--rules", dir.toString()).code()).isEqualTo(4);
        assertThat(Run.stdin("", "batch", "-").code()).isEqualTo(3);
    }

    @Test
    void theErrorsFileIsCsvUnlessItsNameSaysJsonLines() throws IOException {
        Path in = write("in.csv", HEADER + "A,40,relaxation,none,none,2\nB,-4,relaxation,none,none,2\n");
        Path errors = dir.resolve("errors.csv");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("out.csv").toString(), "--errors", errors.toString());
        assertThat(run.code()).isEqualTo(6);
        assertThat(Files.readString(errors)).startsWith("line,column,value,message\n3,age,'-4,age: -4 is out of range.");
    }

    @Test
    void rowsKeepTheirOrderWhateverTheNumberOfThreads() throws IOException {
        // about ten chunks of rows, so that they can finish out of order on four threads
        Run sample = Run.of("template", "--sample", "21000", "--seed", "11");
        Path in = write("in.csv", sample.out());
        for (String format : List.of("csv", "jsonl")) {
            Run one = Run.of("batch", in.toString(), "--threads", "1", "--format", format);
            Run four = Run.of("batch", in.toString(), "--threads", "4", "--format", format);
            assertThat(one.code()).isZero();
            assertThat(one.out().lines()).hasSize(format.equals("csv") ? 21001 : 21000);
            assertThat(four.out()).isEqualTo(one.out());
        }
    }

    @Test
    void batchAndRecommendGiveTheSameResultForTheSameAnswers() {
        List<String> lines = Run.of("template", "--sample", "40", "--seed", "5").out().lines().toList();
        String[] ids = lines.get(0).split(",", -1);
        List<String> batch = Run.stdin(String.join("\n", lines) + "\n", "batch", "-", "--format", "jsonl").out().lines().toList();
        for (int row = 1; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",", -1);
            List<String> args = new ArrayList<>(List.of("recommend", "--format", "json"));
            for (int i = 0; i < ids.length; i++) {
                if (!cells[i].isEmpty()) {
                    args.addAll(List.of("-a", ids[i] + "=" + cells[i]));
                }
            }
            String single = Run.of(args.toArray(String[]::new)).out().strip().replaceAll("\n\\s*", "").replace("\": ", "\":");
            assertThat(batch.get(row - 1)).isEqualTo("{\"line\":" + (row + 1) + "," + single.substring(1, single.length() - 1)
                    + ",\"error\":null}");
        }
    }

    @Test
    void theTemplateCsvIsTheHeaderOfFieldIds() {
        assertThat(Run.of("template", "--csv").out()).startsWith("client_id,red_flags,conditions,goals,");
    }

    @Test
    void samplesAreValidRealisticAndRepeatable() {
        String sample = Run.of("template", "--sample", "1000", "--seed", "3").out();
        assertThat(Run.of("template", "--sample", "1000", "--seed", "3").out()).isEqualTo(sample);
        Run run = Run.stdin(sample, "batch", "-");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("1000 rows").contains("incomplete 0").doesNotContain("refer 0").doesNotContain("massage 0,");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
