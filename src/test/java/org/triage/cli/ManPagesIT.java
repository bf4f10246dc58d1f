package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man pages the build wrote to target/man/man1, read with man(1) as a person reads them. */
class ManPagesIT {

    private static final Path PAGES = Path.of("target/man/man1");

    @Test
    void theTopPageNamesTheProductEveryCommandAndEveryExitCode() throws Exception {
        String page = man("triage.1");
        assertThat(page).contains("NAME", "triage - suggests general massage or clinical soft tissue mobilization",
                "SYNOPSIS", "COMMANDS", "EXIT STATUS");
        for (String command : List.of("ask", "recommend", "batch", "template", "questionnaire", "rules", "completion")) {
            assertThat(page).as("command %s", command).containsPattern("(?m)^\\s+" + command + "$");
        }
        for (ExitCode e : ExitCode.values()) {
            assertThat(page).as("exit code %s", e).containsPattern("(?m)^\\s+" + e.code() + "$");
        }
    }

    /** One page per command of the tree, each with every option of that command in its OPTIONS section. */
    @Test
    void everyCommandHasAPageWithEachOfItsOptions() throws Exception {
        List<CommandLine> commands = new ArrayList<>();
        walk(Cli.commandLine(quietConsole()), commands);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(10);
        for (CommandLine command : commands) {
            String name = command.getCommandSpec().qualifiedName("-");
            String page = man(name + ".1");
            String options = page.substring(page.indexOf("OPTIONS"));
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(options).as("%s on the page of %s", option.longestName(), name)
                        .contains(option.longestName());
            }
        }
    }

    private static void walk(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> walk(sub, into));
    }

    private static Console quietConsole() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        return new Console(InputStream.nullInputStream(), none, none, Map.of(), false);
    }

    /** The page as man(1) formats it for an 80-column terminal, without bold or underline. */
    private static String man(String file) throws IOException, InterruptedException {
        File page = PAGES.resolve(file).toFile();
        assertThat(page).as("the build wrote %s", page).isFile();
        ProcessBuilder builder = new ProcessBuilder("man", "-l", page.getPath()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("MANWIDTH", "80", "MAN_KEEP_FORMATTING", "", "PAGER", "cat",
                "GROFF_NO_SGR", "1"));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.replaceAll(".\b", "");
    }
}
