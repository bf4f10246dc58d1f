package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Rows are rendered to bytes by our own encoder: it must encode as the JDK's UTF-8 encoder does. */
class Utf8BufferProperties {

    @Property(tries = 2000)
    void textIsEncodedAsTheJdkEncodesIt(@ForAll List<String> texts) {
        Utf8Buffer b = new Utf8Buffer(1);
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            b.append(t);
            all.append(t);
            // a lone surrogate is written as '?', so only whole texts are compared
        }
        byte[] expected = texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8))
                .reduce(new byte[0], Utf8BufferProperties::concat);
        assertThat(b.copyFrom(0)).isEqualTo(expected);
        if (all.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
            assertThat(b.toString()).isEqualTo(all.toString());
        }
    }

    @Property(tries = 2000)
    void numbersAreWrittenAsDecimalDigits(@ForAll long n) {
        assertThat(new Utf8Buffer(1).append("n=").append(n).toString()).isEqualTo("n=" + n);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
