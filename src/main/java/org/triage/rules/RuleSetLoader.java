package org.triage.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;
import org.triage.rules.tree.TreeReader;

/**
 * Loads a rule set folder strictly and completely: every problem in every file is collected and
 * reported together; a rule set is returned only when there is none.
 */
public final class RuleSetLoader {

    static final String RULESET = "ruleset.yaml";
    static final String QUESTIONS = "questions.yaml";
    static final String CASES = "cases";

    private RuleSetLoader() {
    }

    /** The rule set built into the program from the project's {@code rules/} folder. */
    public static LoadResult builtIn() {
        URL url = RuleSetLoader.class.getResource("/rules/" + RULESET);
        if (url == null) {
            throw new IllegalStateException("the built-in rule set is missing from the program");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath("/rules"), "rules");
            }
            return load(Path.of(uri).getParent(), "rules");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in rule set cannot be read", e);
        }
    }

    /** Loads a rule set folder; {@code display} is how file names start in messages. */
    public static LoadResult load(Path dir, String display) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.error(Location.of(display), "no rule set folder here",
                    "give --rules the folder that holds ruleset.yaml and questions.yaml");
            return new LoadResult(Optional.empty(), problems.sorted());
        }
        Map<String, String> texts = readAll(dir, display, problems);
        // A file that could not be read (not UTF-8, .yml) may hold rules: cases naming them are not wrong.
        boolean allRead = !problems.hasErrors();
        Optional<RuleSet> ruleSet = new Converter(display, texts, problems, allRead).convert(sha256(dir, texts.keySet()));
        return new LoadResult(problems.hasErrors() ? Optional.empty() : ruleSet, problems.sorted());
    }

    /** Every file of the rule set by relative path, in path order. */
    private static Map<String, String> readAll(Path dir, String display, Problems problems) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            problems.error(Location.of(display), "cannot list the rule set folder: " + e.getMessage(), "check the folder");
        }
        names.sort(null);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            String shown = display + "/" + name;
            boolean yaml = name.endsWith(".yaml");
            boolean place = !name.contains("/") || name.startsWith(CASES + "/") && name.indexOf('/') == name.lastIndexOf('/');
            if (name.endsWith(".yml")) {
                problems.error(Location.of(shown), "rule set files end in .yaml", "rename it to " + name.replaceAll("\\.yml$", ".yaml"));
            } else if (yaml && place) {
                readText(dir.resolve(name), shown, problems).ifPresent(t -> texts.put(name, t));
            }
        }
        for (String required : List.of(RULESET, QUESTIONS)) {
            if (!names.contains(required)) {
                problems.error(Location.of(display + "/" + required), "the rule set has no " + required,
                        "create " + required + " in " + display + " (see docs/rules.md)");
            }
        }
        return texts;
    }

    private static Optional<String> readText(Path file, String shown, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.error(Location.of(shown), "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            problems.error(Location.of(shown), "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
        return Optional.empty();
    }

    /** sha256 over every file's relative path and bytes, in path order. */
    private static String sha256(Path dir, Iterable<String> names) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(dir.resolve(name)));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash the rule set", e);
        }
    }

    /** Turns the parsed files into a rule set, reporting problems as it goes. */
    private static final class Converter {
        private final String display;
        private final Map<String, String> texts;
        private final Problems problems;
        private final NodeReader in;
        private final java.util.Set<String> unparsed = new java.util.HashSet<>();
        private final boolean allRead;

        Converter(String display, Map<String, String> texts, Problems problems, boolean allRead) {
            this.display = display;
            this.texts = texts;
            this.problems = problems;
            this.in = new NodeReader(problems);
            this.allRead = allRead;
        }

        Optional<RuleSet> convert(String sha) {
            Optional<Header> header = tree(RULESET).flatMap(n -> new HeaderReader(in).read(n));
            Optional<Questionnaire> questionnaire = tree(QUESTIONS).flatMap(n -> new QuestionnaireReader(in).read(n));
            if (header.isEmpty() || questionnaire.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            questionnaire.get().fields().forEach(f -> fields.put(f.id(), f));
            List<String> techniqueIds = header.get().techniques().stream().map(Technique::id).toList();
            RuleReader ruleReader = new RuleReader(in, fields, new java.util.LinkedHashSet<>(techniqueIds),
                    header.get().sources().keySet());
            List<Rule> rules = new ArrayList<>();
            for (String name : texts.keySet()) {
                if (!name.contains("/") && !name.equals(RULESET) && !name.equals(QUESTIONS)) {
                    tree(name).ifPresent(n -> rules.addAll(ruleReader.read(n, name)));
                }
            }
            checkUniqueIds(rules);
            // A case that names a rule with an error, or a rule in a file that cannot be parsed, is not wrong itself.
            CaseReader caseReader = new CaseReader(in, questionnaire.get(), new java.util.LinkedHashSet<>(techniqueIds),
                    ruleReader.declaredIds(), allRead && unparsed.isEmpty());
            List<Case> cases = new ArrayList<>();
            for (String name : texts.keySet()) {
                if (name.startsWith(CASES + "/")) {
                    tree(name).ifPresent(n -> cases.addAll(caseReader.read(n, name)));
                }
            }
            Header h = header.get();
            return Optional.of(new RuleSet(h.version(), sha, h.decision(), h.techniques(), h.sources(),
                    questionnaire.get(), rules, cases));
        }

        /** The file's tree; empty after a syntax error (reported, and the file noted as unparsed) or for an empty file. */
        private Optional<Node> tree(String name) {
            String text = texts.get(name);
            if (text == null) {
                return Optional.empty();
            }
            int before = problems.size();
            Optional<Node> node = TreeReader.read(display + "/" + name, text, problems);
            if (node.isEmpty() && problems.size() > before) {
                unparsed.add(name);
            } else if (node.isEmpty()) {
                // Blank or only comments: without this, an empty ruleset.yaml or questions.yaml would stop
                // the load with no problem to show.
                problems.error(Location.of(display + "/" + name),
                        "the file has no content (only blank lines or comments)",
                        "write its content (see docs/rules.md), or delete the file");
            }
            return node;
        }

        private void checkUniqueIds(List<Rule> rules) {
            Map<String, Rule> seen = new HashMap<>();
            for (Rule r : rules) {
                Rule first = seen.putIfAbsent(r.id(), r);
                if (first != null) {
                    problems.error(r.location(), "duplicate rule id '" + r.id() + "' (first at " + first.location() + ")",
                            "give one of the two rules a different id");
                }
            }
        }
    }
}
