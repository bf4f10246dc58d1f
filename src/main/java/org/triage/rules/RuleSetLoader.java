package org.triage.rules;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;
import org.triage.rules.tree.TreeCache;
import org.triage.rules.tree.TreeReader;

/**
 * Loads a rule set folder strictly and completely: every problem in every file is collected and
 * reported together; a rule set is returned only when there is none.
 */
public final class RuleSetLoader {

    static final String RULESET = "ruleset.yaml";
    static final String QUESTIONS = "questions.yaml";
    static final String CASES = "cases";

    /**
     * Whether a load reads the rule set's own test cases ({@code cases/}) and its safety policies
     * ({@code policies.yaml}). Only the commands that run or check them need them, and they are almost
     * half of the rule set's text. The content hash covers them either way. {@code POLICIES} reads the
     * policies without the cases: a proof needs no case, and a case naming a rule that was just
     * deleted must not stop the proof that shows what the deletion broke.
     */
    public enum Cases { READ, SKIP, POLICIES }

    private RuleSetLoader() {
    }

    /** The rule set built into the program from the project's {@code rules/} folder, with its cases. */
    public static LoadResult builtIn() {
        return builtIn(Cases.READ);
    }

    /** The rule set built into the program from the project's {@code rules/} folder. */
    public static LoadResult builtIn(Cases cases) {
        URL url = RuleSetLoader.class.getResource("/rules/" + RULESET);
        if (url == null) {
            throw new IllegalStateException("the built-in rule set is missing from the program");
        }
        Problems problems = new Problems();
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                return convert("rules", RuleSetFiles.inJar(jar.getJarFile(), "rules", "rules", problems), cases, problems,
                        TreeCache.builtIn());
            }
            Path dir = Path.of(url.toURI()).getParent();
            return convert("rules", RuleSetFiles.inFolder(dir, "rules", problems), cases, problems, TreeCache.builtIn());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in rule set cannot be read", e);
        }
    }

    /** Loads a rule set folder with its cases; {@code display} is how file names start in messages. */
    public static LoadResult load(Path dir, String display) {
        return load(dir, display, Cases.READ);
    }

    /** Loads a rule set folder; {@code display} is how file names start in messages. */
    public static LoadResult load(Path dir, String display, Cases cases) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.error(Location.of(display), "no rule set folder here",
                    "give --rules the folder that holds ruleset.yaml and questions.yaml");
            return new LoadResult(Optional.empty(), problems.sorted());
        }
        return convert(display, RuleSetFiles.inFolder(dir, display, problems), cases, problems, TreeCache.NONE);
    }

    private static LoadResult convert(String display, RuleSetFiles files, Cases cases, Problems problems,
                                      TreeCache trees) {
        // A file that could not be read (not UTF-8, .yml) may hold rules: cases naming them are not wrong.
        boolean allRead = !problems.hasErrors();
        Optional<RuleSet> ruleSet = new Converter(display, files.texts(), problems, cases, allRead, trees)
                .convert(files.hash());
        return new LoadResult(problems.hasErrors() ? Optional.empty() : ruleSet, problems.sorted());
    }

    /** Turns the parsed files into a rule set, reporting problems as it goes. */
    private static final class Converter {
        private final String display;
        private final Map<String, String> texts;
        private final Problems problems;
        private final Cases cases;
        private final NodeReader in;
        private final java.util.Set<String> unparsed = new java.util.HashSet<>();
        private final boolean allRead;
        private final TreeCache trees;

        Converter(String display, Map<String, String> texts, Problems problems, Cases cases, boolean allRead,
                  TreeCache trees) {
            this.display = display;
            this.texts = texts;
            this.problems = problems;
            this.cases = cases;
            this.in = new NodeReader(problems);
            this.allRead = allRead;
            this.trees = trees;
        }

        Optional<RuleSet> convert(ContentHash hash) {
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
                if (!name.contains("/") && !name.equals(RULESET) && !name.equals(QUESTIONS)
                        && !name.equals(PolicyReader.FILE)) {
                    tree(name).ifPresent(n -> rules.addAll(ruleReader.read(n, name)));
                }
            }
            // A case that names a rule with an error, or a rule in a file that cannot be parsed, is not wrong itself.
            CaseReader caseReader = new CaseReader(in, questionnaire.get(), new java.util.LinkedHashSet<>(techniqueIds),
                    ruleReader.declaredIds(), allRead && unparsed.isEmpty());
            List<Case> read = new ArrayList<>();
            for (String name : texts.keySet()) {
                if (cases == Cases.READ && name.startsWith(CASES + "/")) {
                    tree(name).ifPresent(n -> read.addAll(caseReader.read(n, name)));
                }
            }
            List<Policy> policies = new ArrayList<>();
            if (cases != Cases.SKIP) {
                PolicyReader policyReader = new PolicyReader(in, fields, new java.util.LinkedHashSet<>(techniqueIds),
                        header.get().sources().keySet());
                tree(PolicyReader.FILE).ifPresent(n -> policies.addAll(policyReader.read(n)));
            }
            Header h = header.get();
            return Optional.of(new RuleSet(h.version(), hash, h.decision(), h.techniques(), h.sources(),
                    questionnaire.get(), rules, read, policies, h.fhirBase()));
        }

        /** The file's tree; empty after a syntax error (reported, and the file noted as unparsed) or for an empty file. */
        private Optional<Node> tree(String name) {
            String text = texts.get(name);
            if (text == null) {
                return Optional.empty();
            }
            Optional<Node> kept = trees.tree(display + "/" + name, text);
            if (kept.isPresent()) {
                return kept;
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
    }
}
