package org.triage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triage completion bash|zsh|fish}: a script that completes triage's commands and options in that shell.
 * bash's is picocli's AutoComplete; zsh runs the same script through its bash completion layer (as picocli's
 * own documentation does); fish has its own {@code complete} lines, made here from the same command model.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a shell completion script for triage (bash, zsh or fish).",
        footer = {"", "Examples:", "  source <(triage completion bash)        # in ~/.bashrc",
                "  source <(triage completion zsh)         # in ~/.zshrc",
                "  triage completion fish > ~/.config/fish/completions/triage.fish"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh, fish }

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    CompletionCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String bash = AutoComplete.bash("triage", root);
        console.out().print(switch (shell) {
            case bash -> bash;
            case zsh -> "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash;
            case fish -> fish(root.getCommandSpec());
        });
        console.out().flush();
        return ExitCode.OK.code();
    }

    /** fish's {@code complete} lines: each subcommand where its parent is the last command typed, and its options. */
    static String fish(CommandSpec root) {
        List<String> lines = new ArrayList<>();
        lines.add("# fish completion for triage: triage completion fish > ~/.config/fish/completions/triage.fish");
        lines.add("complete -c triage -f");
        addFish(root, List.of(), lines);
        return String.join("\n", lines) + "\n";
    }

    private static void addFish(CommandSpec command, List<String> path, List<String> lines) {
        String when = path.isEmpty() ? "__fish_use_subcommand"
                : "__fish_seen_subcommand_from " + path.get(path.size() - 1);
        for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
            String summary = firstLine(sub.getValue().getCommandSpec());
            lines.add("complete -c triage -n '" + when + "' -a " + sub.getKey() + " -d " + quoted(summary));
        }
        String own = path.isEmpty() ? "__fish_use_subcommand" : "__fish_seen_subcommand_from " + path.get(path.size() - 1);
        for (OptionSpec o : command.options()) {
            StringBuilder line = new StringBuilder("complete -c triage -n '" + own + "'");
            for (String name : o.names()) {
                line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (o.arity().max() > 0) {
                line.append(" -r");
                if (o.completionCandidates() != null) {
                    List<String> values = new ArrayList<>();
                    o.completionCandidates().forEach(values::add);
                    line.append(" -a ").append(quoted(String.join(" ", values)));
                } else {
                    line.append(" -F");
                }
            }
            line.append(" -d ").append(quoted(o.description().length == 0 ? "" : o.description()[0]));
            lines.add(line.toString());
        }
        for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            addFish(sub.getValue().getCommandSpec(), deeper, lines);
        }
    }

    private static String firstLine(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? "" : d[0];
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
