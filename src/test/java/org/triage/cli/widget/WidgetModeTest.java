package org.triage.cli.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

/** The one place that decides between questions drawn whole and the line mode. */
class WidgetModeTest {

    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    @Test
    void aTerminalWithColourGetsWidgets() {
        assertThat(WidgetMode.wanted(false, true, XTERM)).isTrue();
        assertThat(WidgetMode.wanted(false, true, Map.of("TERM", "xterm", "NO_COLOR", ""))).as("NO_COLOR empty").isTrue();
    }

    @Test
    void accessibleModePipesNoColorAndADumbTerminalKeepTheLineMode() {
        assertThat(WidgetMode.wanted(true, true, XTERM)).as("--accessible").isFalse();
        assertThat(WidgetMode.wanted(false, false, XTERM)).as("piped").isFalse();
        assertThat(WidgetMode.wanted(false, true, Map.of("TERM", "xterm", "NO_COLOR", "1"))).as("NO_COLOR").isFalse();
        assertThat(WidgetMode.wanted(false, true, Map.of("TERM", "dumb"))).as("TERM=dumb").isFalse();
    }

    @Test
    void theOpenTerminalMustSayItsSizeAndBeWideEnough() {
        assertThat(WidgetMode.fits("xterm-256color", new Size(80, 24))).isTrue();
        assertThat(WidgetMode.fits("tmux-256color", new Size(40, 8))).as("the smallest").isTrue();
        assertThat(WidgetMode.fits("xterm", new Size(39, 24))).as("under 40 columns").isFalse();
        assertThat(WidgetMode.fits("xterm", new Size(80, 7))).as("too few lines").isFalse();
        assertThat(WidgetMode.fits("xterm", new Size(0, 0))).as("cannot say its size").isFalse();
        assertThat(WidgetMode.fits("dumb", new Size(80, 24))).as("JLine's dumb terminal").isFalse();
        assertThat(WidgetMode.fits("dumb-color", new Size(80, 24))).isFalse();
    }
}
