package org.triage.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (see pom.xml): writes the man pages' AsciiDoc sources, one per command of the whole tree that
 * {@code triage --help} shows, with picocli's own generator; the build turns them into troff pages in target/man.
 */
public final class ManPages {

    /** The Name line: the first line of the description is not a whole sentence. */
    private static final String NAME = "suggests general massage or clinical soft tissue mobilization (STM), "
            + "which techniques fit or are ruled out, and when to see a physician first";

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_FOLDER");
        }
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Console console = new Console(InputStream.nullInputStream(), none, none, Map.of(), false);
        File folder = new File(args[0]);
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("cannot make " + folder);
        }
        CommandSpec triage = Cli.commandLine(console).getCommandSpec();
        triage.usageMessage().header(NAME);
        triage.usageMessage().exitCodeList(exitCodes());
        int code = ManPageGenerator.generateManPage(folder, null, new boolean[0], true, triage);
        if (code != 0) {
            throw new IOException("the man page generator failed with " + code);
        }
    }

    /** Every exit code with its meaning, in code order, for the page's Exit status section. */
    private static Map<String, String> exitCodes() {
        Map<String, String> list = new LinkedHashMap<>();
        Arrays.stream(ExitCode.values()).sorted(Comparator.comparingInt(ExitCode::code))
                .forEach(e -> list.put(Integer.toString(e.code()), e.meaning()));
        return list;
    }
}
