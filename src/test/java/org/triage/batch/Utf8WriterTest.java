package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8WriterTest {

    @Test
    void smallAndLargeWritesReachTheFileInOrderAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        String large = "Zoë, ".repeat(30_000); // larger than the buffer: written straight through
        try (Utf8Writer w = new Utf8Writer(Files.newOutputStream(file))) {
            w.write("line,client_id\n");
            w.write(large);
            w.write(new char[] {'é', '\n'}, 0, 2);
            w.write("abcdef", 2, 3);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("line,client_id\n" + large + "é\ncde");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneSplitBetweenTwoWritesIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        String smile = "\uD83D\uDE00";
        try (Utf8Writer w = new Utf8Writer(Files.newOutputStream(file))) {
            w.write("a" + smile.charAt(0));
            w.write(smile.charAt(1) + "b");
            w.append(smile.charAt(0)).append(smile.charAt(1));
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a" + smile + "b" + smile);
    }

    @Test
    void aWriteOfExactlyTheBufferSizeAndWritesAfterCloseBehave(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        String block = "x".repeat(1 << 16);
        Utf8Writer w = new Utf8Writer(Files.newOutputStream(file));
        w.write("head,");
        w.write(block);
        w.close();
        w.close(); // a second close changes nothing
        assertThat(Files.readString(file)).isEqualTo("head," + block);
        assertThatThrownBy(() -> w.write("late")).isInstanceOf(IOException.class);
        assertThatThrownBy(w::flush).isInstanceOf(IOException.class);
    }

    @Test
    void aFailingStreamFailsTheWriteOrTheFlushNeverSilently() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Utf8Writer w = new Utf8Writer(broken);
        assertThatThrownBy(() -> {
            w.write("a small row\n");
            w.flush();
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left");
    }
}
