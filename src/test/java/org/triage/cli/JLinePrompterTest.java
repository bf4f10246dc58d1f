package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.triage.questionnaire.Ending;
import org.triage.questionnaire.Input;
import org.triage.questionnaire.Intake;
import org.triage.report.Style;
import org.triage.rules.Answers;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** The JLine prompter on a scripted terminal: keystrokes typed in, the screen read back. */
class JLinePrompterTest {

    static final RuleSet RULES = RuleSetLoader.builtIn().ruleSet().orElseThrow();

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PipedOutputStream keys = new PipedOutputStream();
    private JLinePrompter prompter;

    /** Waits until {@code text} has appeared on the screen {@code times} times (at most a minute, for a loaded machine). */
    void awaitScreen(String text, int times) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (screen().split(Pattern.quote(text), -1).length - 1 < times && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    JLinePrompter typing(String keys, String type) throws IOException {
        PipedInputStream in = new PipedInputStream(this.keys, 4096);
        this.keys.write(keys.getBytes(StandardCharsets.UTF_8));
        Terminal terminal = TerminalBuilder.builder().system(false).type(type).streams(in, screen)
                .encoding(StandardCharsets.UTF_8).build();
        // as a real terminal's line discipline does: Ctrl-C raises the interrupt signal
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(attributes);
        prompter = new JLinePrompter(terminal, true);
        return prompter;
    }

    @AfterEach
    void close() throws IOException {
        keys.close();
        if (prompter != null) {
            prompter.close();
        }
    }

    String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tabCompletesAnOptionId() throws IOException {
        Input in = typing("stre\t\r", "xterm").read("> ", List.of("relaxation", "stress_relief", "wellbeing"));
        assertThat(in).isInstanceOfSatisfying(Input.Line.class, l -> assertThat(l.text().trim()).isEqualTo("stress_relief"));
    }

    @Test
    void tabCompletesTheNextWordOfAMultiChoiceAnswer() throws IOException {
        Input in = typing("relaxation well\t\r", "xterm").read("> ", List.of("relaxation", "stress_relief", "wellbeing"));
        assertThat(in).isInstanceOfSatisfying(Input.Line.class,
                l -> assertThat(l.text().trim()).isEqualTo("relaxation wellbeing"));
    }

    @Test
    void ctrlCIsAnInterrupt() throws Exception {
        JLinePrompter p = typing("", "xterm");
        CompletableFuture<Input> read = CompletableFuture.supplyAsync(() -> p.read("> ", List.of("relaxation")));
        awaitScreen("> ", 1);
        keys.write("rel\u0003".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertThat(read.get(60, TimeUnit.SECONDS)).isInstanceOf(Input.Interrupt.class);
    }

    @Test
    void ctrlDOnAnEmptyLineIsTheEndOfInput() throws IOException {
        assertThat(typing("\u0004", "xterm").read("> ", List.of())).isInstanceOf(Input.End.class);
    }

    @Test
    void anInvalidAnswerIsExplainedAndAskedAgainOnTheTerminal() throws IOException {
        Ending e = new Intake(RULES, typing("chest_pian\rchest_pain\r", "dumb"), new Style(false)).run(
                Answers.NONE);
        assertThat(screen()).contains("unknown value 'chest_pian' for red_flags. Did you mean 'chest_pain'?");
        assertThat(e).isInstanceOf(Ending.Emergency.class);
    }

    @Test
    void ctrlCThenYesQuitsTheQuestionnaire() throws Exception {
        JLinePrompter p = typing("none\r", "xterm");
        CompletableFuture<Ending> run = CompletableFuture.supplyAsync(
                () -> new Intake(RULES, p, new Style(false)).run(Answers.NONE));
        awaitScreen("> ", 2);
        keys.write("\u0003".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        awaitScreen("Quit the questionnaire? (y/n)", 1);
        keys.write("y\r".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertThat(run.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(Ending.Quit.class,
                q -> assertThat(q.waiting()).contains("conditions"));
    }

    @Test
    void ctrlDEndsTheQuestionnaireCleanly() throws IOException {
        Ending e = new Intake(RULES, typing("none\r\u0004", "xterm"), new Style(false)).run(
                Answers.NONE);
        assertThat(e).isInstanceOfSatisfying(Ending.InputEnded.class, q -> assertThat(q.waiting()).contains("conditions"));
    }
}
