package org.triage.rules;

import java.util.Optional;
import java.util.Set;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;
import org.triage.rules.tree.TreeReader;

/**
 * Reads {@code clinic.yaml}: the practice's name and contact for the client summary. As strict as the rule set's
 * files: unknown keys (with "did you mean"), a missing name and values that are not text are located problems.
 */
public final class ClinicFile {

    /** The file's name beside the rules; not a rule file, and not part of the rule set's content hash. */
    public static final String NAME = "clinic.yaml";
    /** The keys of clinic.yaml; docs/rules.md lists them. */
    static final Set<String> REQUIRED = Set.of("name");
    static final Set<String> OPTIONAL = Set.of("address", "phone", "email", "paper");

    private ClinicFile() {
    }

    /** The clinic of {@code text}, read from {@code file}; empty, with the problems added, when it is not valid. */
    public static Optional<Clinic> read(String file, String text, Problems problems) {
        Optional<Node> tree = TreeReader.read(file, text, problems);
        if (tree.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.of(file), "the clinic file is empty",
                        "write the clinic's name as 'name: ...', and optionally address, phone, email and paper");
            }
            return Optional.empty();
        }
        NodeReader in = new NodeReader(problems);
        Optional<Node.MapNode> map = in.map(tree.get(), "the clinic");
        if (map.isEmpty() || !in.keys(map.get(), "the clinic", REQUIRED, OPTIONAL)) {
            return Optional.empty();
        }
        int before = problems.size();
        Node.MapNode m = map.get();
        Optional<String> name = in.text(m, "name", "the clinic's name");
        Optional<String> address = optional(in, m, "address", "the clinic's address");
        Optional<String> phone = optional(in, m, "phone", "the clinic's phone number");
        Optional<String> email = optional(in, m, "email", "the clinic's email address");
        Clinic.Paper paper = in.get(m, "paper").flatMap(n -> in.oneOf(n, "paper size", Clinic.Paper.class))
                .orElse(Clinic.Paper.A4);
        if (name.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Clinic(name.get(), address, phone, email, paper));
    }

    private static Optional<String> optional(NodeReader in, Node.MapNode map, String key, String what) {
        return in.get(map, key).flatMap(n -> in.text(n, what));
    }
}
