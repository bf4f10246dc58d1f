package org.triage.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/** Opens the run's outputs, and refuses a run that would write over its own input. */
public final class Targets {

    private Targets() {
    }

    static void check(BatchOptions o) {
        if (o.output().equals("-") && o.errors().filter(e -> e.equals("-")).isPresent()) {
            throw usage("--errors", "the errors cannot go to standard output with the results", "name a file for --errors");
        }
        refuseFolder(o.output());
        o.errors().ifPresent(Targets::refuseFolder);
        refuseSame(o.input(), true, o.output(), "-o");
        o.errors().ifPresent(e -> {
            refuseSame(o.input(), true, e, "--errors");
            refuseSame(o.output(), false, e, "--errors");
        });
    }

    /** The file behind standard input, when it is one ({@code < in.csv}); a pipe or terminal is no file. */
    private static final Path STDIN = Path.of("/proc/self/fd/0");

    private static void refuseSame(String a, boolean aIsInput, String b, String option) {
        if (b.equals("-") || a.equals("-") && !aIsInput) {
            return;
        }
        boolean stdin = a.equals("-");
        Path pa = stdin ? STDIN : Path.of(a).toAbsolutePath().normalize();
        Path pb = Path.of(b).toAbsolutePath().normalize();
        boolean same = !stdin && pa.equals(pb);
        try {
            same |= Files.exists(pa) && Files.exists(pb) && Files.isSameFile(pa, pb);
        } catch (IOException e) {
            // cannot tell: the paths differ and the move into place will report any real problem
        }
        if (same) {
            throw usage(option + " " + b, "the output would overwrite " + (stdin ? "the input, which is standard input" : a),
                    "write the results to another file");
        }
    }

    /** A folder as an output would fail only when the finished file is moved into place: say so before reading. */
    private static void refuseFolder(String name) {
        if (!name.equals("-") && Files.isDirectory(Path.of(name))) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(name),
                    "cannot write the output: it is a folder", "name a file, such as "
                            + Path.of(name).resolve("results.csv")));
        }
    }

    static Output open(String name, Writer stdout) throws IOException {
        if (name.equals("-")) {
            return Output.stdout(stdout);
        }
        try {
            return Output.file(Path.of(name));
        } catch (IOException e) {
            throw cannotWrite(name, e);
        }
    }

    /** Why writing {@code name} failed, as people say it: a full disk, a read-only file system, a closed pipe. */
    public static BatchFailure cannotWrite(String name, IOException e) {
        String said = String.valueOf(e.getMessage());
        boolean full = said.contains("No space left on device") || said.contains("Disk quota exceeded");
        boolean pipe = said.contains("Broken pipe");
        String why = e instanceof NoSuchFileException ? "the folder does not exist"
                : full ? "the disk is full (" + said.substring(said.lastIndexOf(": ") + 1).strip() + ")"
                : said.contains("Read-only file system") ? "the folder is on a read-only file system"
                : e instanceof AccessDeniedException ? "permission denied"
                : pipe ? "the program reading it has closed it" : e.toString();
        return new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(BatchOptions.shown(name)),
                "cannot write the output: " + why,
                full ? "free some space on that disk, or write the output to another one"
                        : pipe ? "keep the program that reads the pipe running until the run ends, or write to a file"
                        : "write to a folder that exists and that you may write to"));
    }

    private static BatchFailure usage(String where, String message, String fix) {
        return new BatchFailure(BatchFailure.Kind.USAGE, Problem.error(Location.of(where), message, fix));
    }
}
