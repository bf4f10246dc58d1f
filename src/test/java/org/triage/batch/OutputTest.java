package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file output appears whole, or not at all. */
class OutputTest {

    @TempDir
    Path dir;

    @Test
    void aWriterFailureBeforeCommitLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("results.csv");
        assertThatThrownBy(() -> {
            try (Output out = Output.file(target)) {
                out.writer().write("line,client_id\n2,A\n");
                throw new IOException("disk full");
            }
        }).hasMessage("disk full");
        assertThat(files()).isEmpty();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("results.csv"), "old");
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, shared);
        try (Output out = Output.file(target)) {
            out.writer().write("new");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnlyBecauseItHoldsHealthData() throws IOException {
        Path target = dir.resolve("results.csv");
        try (Output out = Output.file(target)) {
            out.writer().write("new");
            out.commit();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
    }

    @Test
    void aCommittedFileReplacesTheTargetWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("results.csv"), "old");
        try (Output out = Output.file(target)) {
            out.writer().write("new");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(files()).containsExactly("results.csv");
    }

    @Test
    void aPartFileLeftByAKilledRunIsDeletedWhenTheSameTargetIsWrittenAgain() throws IOException {
        Files.writeString(dir.resolve(".results.csv.123.part"), "half a row");
        Files.writeString(dir.resolve(".other.csv.456.part"), "another target's");
        Files.writeString(dir.resolve(".results.csv.notanumber.part"), "not one of ours");
        try (Output out = Output.file(dir.resolve("results.csv"))) {
            out.writer().write("new");
            out.commit();
        }
        assertThat(files()).containsExactlyInAnyOrder("results.csv", ".other.csv.456.part",
                ".results.csv.notanumber.part");
    }

    @Test
    void aPartFileBeingWrittenIsLeftAloneByAnotherOutputToTheSameTarget() throws IOException {
        Path target = dir.resolve("results.csv");
        try (Output first = Output.file(target)) {
            first.writer().write("first");
            first.writer().flush();
            try (Output second = Output.file(target)) {
                second.writer().write("second");
                assertThat(files()).filteredOn(n -> n.endsWith(".part")).hasSize(2);
                second.commit();
            }
            first.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("first");
        assertThat(files()).containsExactly("results.csv");
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(Stream.of("=1+1", "+1", "-1", "@SUM(A1)", "A-1", "").map(cell -> {
            Utf8Buffer sb = new Utf8Buffer(8);
            CsvCells.appendSafe(sb, cell, false);
            return sb.toString();
        })).containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "A-1", "");
    }

    private Stream<String> filesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<String> s = filesStream()) {
            return s.toList();
        }
    }
}
