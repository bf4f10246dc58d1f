package org.triage.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void aLineOfTheLimitIsNoProblemAndOneCharacterMoreIsAnErrorAtTheColumnPastIt() {
        String under = "a: 1\n" + "x".repeat(Limits.LINE_CHARS) + "\nb: 2\n";
        assertThat(Limits.longLine("f.yaml", under)).isEmpty();
        Problem over = Limits.longLine("f.yaml", "a: 1\n" + "x".repeat(Limits.LINE_CHARS + 1) + "\n").orElseThrow();
        assertThat(over.location()).isEqualTo(new Location("f.yaml", 2, Limits.LINE_CHARS + 1));
        assertThat(over.message()).isEqualTo("line 2 is longer than 16,384 characters");
        assertThat(over.fix()).contains("break it into shorter lines");
    }

    @Test
    void theCarriageReturnOfAWindowsLineEndIsNotCounted() {
        assertThat(Limits.longLine("f.yaml", "x".repeat(Limits.LINE_CHARS) + "\r\ny\r\n")).isEmpty();
        assertThat(Limits.longLine("f.yaml", "y\r\n" + "x".repeat(Limits.LINE_CHARS + 1) + "\r\n")).isPresent();
    }

    @Test
    void aLastLineWithoutALineEndIsMeasuredToo() {
        assertThat(Limits.longLine("f.yaml", "a\n" + "x".repeat(Limits.LINE_CHARS + 1))).get()
                .extracting(Problem::location).isEqualTo(new Location("f.yaml", 2, Limits.LINE_CHARS + 1));
    }

    @Test
    void aFileIsReadNoFurtherThanTheLimitAndOneByte() throws IOException {
        CountingStream endless = new CountingStream();
        byte[] read = Limits.readFile(endless);
        assertThat(read).hasSize(Limits.FILE_BYTES + 1);
        assertThat(endless.served).isEqualTo(Limits.FILE_BYTES + 1L);
        assertThat(Limits.overFileLimit(read)).isTrue();
        assertThat(Limits.overFileLimit(new byte[Limits.FILE_BYTES])).isFalse();
    }

    @Test
    void theFileErrorIsAtTheLineAndColumnOfTheFirstByteOver() {
        String first = "a: 1\n" + "é".repeat(10) + "\n";
        byte[] bytes = (first + "x".repeat(Limits.FILE_BYTES)).getBytes(StandardCharsets.UTF_8);
        int third = Limits.FILE_BYTES - first.getBytes(StandardCharsets.UTF_8).length;
        Problem p = Limits.fileTooLarge("big.yaml", bytes, "fix it");
        assertThat(p.location()).isEqualTo(new Location("big.yaml", 3, third + 1));
        assertThat(p.message()).isEqualTo("the file is larger than 1,048,576 bytes (1 MiB); it was read up to here and no further");
    }

    @Test
    void anExcerptKeepsShortTextWholeAndCutsLongTextNamingItsLength() {
        assertThat(Limits.excerpt("pain_levle")).isEqualTo("pain_levle");
        assertThat(Limits.excerpt("x".repeat(5000))).isEqualTo("x".repeat(64) + "... (5,000 characters)");
    }

    /** An input that never ends, counting what was taken from it. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            served += len;
            return len;
        }
    }
}
