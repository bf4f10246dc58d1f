package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.triage.rules.tree.NodeReader;

/** Answers and rule files agree on what a number is: the fast check and the pattern never differ. */
class PlainNumberProperties {

    @Property(tries = 5000)
    void theFastCheckAcceptsExactlyWhatThePatternAccepts(
            @ForAll @StringLength(max = 8) @Chars({'0', '1', '9', '.', '-', '+', 'e', 'x', ' ', 'd'}) String text) {
        assertThat(AnswerReader.isPlainNumber(text)).as("'%s'", text)
                .isEqualTo(NodeReader.PLAIN_NUMBER.matcher(text).matches());
    }
}
