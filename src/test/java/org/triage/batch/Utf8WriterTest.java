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
