package org.triage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problems;

/**
 * The files of a rule set, each read once: the text of every YAML file in its place (the top folder
 * or {@code cases/}), for the loader, and their bytes, for the content hash. Misplaced or misnamed
 * files and missing required ones are problems.
 */
final class RuleSetFiles {

    /** Reads one file by its relative path. */
    private interface Source {
        byte[] read(String name) throws IOException;
    }

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    private RuleSetFiles(String display, List<String> names, Source source, Problems problems) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        for (String name : sorted) {
            String shown = display + "/" + name;
            boolean yaml = name.endsWith(".yaml");
            boolean place = !name.contains("/")
                    || name.startsWith(RuleSetLoader.CASES + "/") && name.indexOf('/') == name.lastIndexOf('/');
            if (name.endsWith(".yml")) {
                problems.error(Location.of(shown), "rule set files end in .yaml", "rename it to " + name.replaceAll("\\.yml$", ".yaml"));
            } else if (yaml && place && !name.equals(ClinicFile.NAME)) {
                // clinic.yaml beside the rules is the practice's letterhead, not clinical content
                read(name, shown, source, problems);
            }
        }
        for (String required : List.of(RuleSetLoader.RULESET, RuleSetLoader.QUESTIONS)) {
            if (!sorted.contains(required)) {
                problems.error(Location.of(display + "/" + required), "the rule set has no " + required,
                        "create " + required + " in " + display + " (see docs/rules.md)");
            }
        }
    }

    /** The files of a rule set folder, down to its subfolders (cases/). */
    static RuleSetFiles inFolder(Path dir, String display, Problems problems) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            problems.error(Location.of(display), "cannot list the rule set folder: " + e.getMessage(), "check the folder");
        }
        return new RuleSetFiles(display, names, name -> {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                return Limits.readFile(in);
            }
        }, problems);
    }

    /**
     * The files under {@code folder/} in a jar, read through the jar file the class loader already has
     * open rather than by opening the jar again as a file system, which reads its whole index.
     */
    static RuleSetFiles inJar(JarFile jar, String folder, String display, Problems problems) {
        String prefix = folder + "/";
        List<String> names = jar.stream().map(e -> e.getName())
                .filter(n -> n.startsWith(prefix) && !n.endsWith("/") && n.chars().filter(c -> c == '/').count() <= 2)
                .map(n -> n.substring(prefix.length())).toList();
        return new RuleSetFiles(display, names, name -> {
            try (InputStream in = jar.getInputStream(jar.getEntry(prefix + name))) {
                return in.readAllBytes();
            }
        }, problems);
    }

    /** The text of every file that was read, by relative path, in path order. */
    Map<String, String> texts() {
        return texts;
    }

    ContentHash hash() {
        return new ContentHash(bytes);
    }

    /** The bytes read so far, all files together; over {@link Limits#RULESET_BYTES}, no more files are read. */
    private long total;
    private boolean tooBig;

    private void read(String name, String shown, Source source, Problems problems) {
        if (tooBig) {
            return;
        }
        try {
            byte[] content = source.read(name);
            if (Limits.overFileLimit(content)) {
                problems.add(Limits.fileTooLarge(shown, content,
                        "split it: the rules can go in several files of the rule set folder, the cases in several files of cases/"));
                return;
            }
            total += content.length;
            if (total > Limits.RULESET_BYTES) {
                tooBig = true;
                problems.error(Location.of(shown), "the rule set is larger than " + Limits.shown(Limits.RULESET_BYTES)
                        + " bytes (4 MiB) with this file, all its files together; no more of it is read", "check that"
                        + " this is the rule set folder you meant: the shipped rule set, rules and cases, is about 220 KB");
                return;
            }
            texts.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
            bytes.put(name, content);
        } catch (CharacterCodingException e) {
            problems.error(Location.of(shown), "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            problems.error(Location.of(shown), "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
    }
}
