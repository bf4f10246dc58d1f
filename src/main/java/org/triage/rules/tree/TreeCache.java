package org.triage.rules.tree;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.problem.Problems;

/**
 * The trees of the built-in rule set's files, read from YAML when the program is built and kept in the jar in a
 * compact form: reading YAML is most of the time a run takes to start, and the first reads of a fresh JVM are slow.
 * Each tree is kept with a checksum of the text it was read from and is used only for that same text, so a stale
 * cache is never used; {@link TreeReader} reads any other text. The build writes the cache anew each time (in
 * process-classes, before the tests), and a test compares every kept tree with what {@link TreeReader} makes of
 * the file now, so a change to the reader cannot leave an old tree in use unnoticed.
 */
public final class TreeCache {

    /** Where the cache is among the program's resources. */
    public static final String RESOURCE = "/rule-trees.bin";

    private static final int MAGIC = 0x54524545; // "TREE"
    private static final int VERSION = 1;
    private static final byte MAP = 0;
    private static final byte LIST = 1;
    private static final byte SCALAR = 2;
    private static final Node.ScalarType[] TYPES = Node.ScalarType.values();

    /** No trees kept: every file is read from its text. */
    public static final TreeCache NONE = new TreeCache(Map.of());

    private final Map<String, Kept> trees;

    private record Kept(long checksum, Node tree) {
    }

    private TreeCache(Map<String, Kept> trees) {
        this.trees = trees;
    }

    /** The cache among the program's resources, or an empty one when it is missing or cannot be read. */
    public static TreeCache builtIn() {
        try (InputStream in = TreeCache.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(in);
        } catch (IOException | RuntimeException e) {
            return NONE; // the files are read from their text instead
        }
    }

    /** The tree kept for the file {@code file}, if it was read from exactly {@code text}. */
    public Optional<Node> tree(String file, String text) {
        Kept kept = trees.get(file);
        return kept != null && kept.checksum() == checksum(text) ? Optional.of(kept.tree()) : Optional.empty();
    }

    private static long checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return (long) text.length() << 32 ^ crc.getValue();
    }

    /**
     * Writes the trees of the {@code .yaml} files of a rule set folder, as they are named in messages
     * ({@code display/name}), to {@code out}.
     *
     * @throws IllegalArgumentException when a file has a problem: the built-in rule set must read cleanly
     */
    static void write(Path folder, String display, OutputStream out) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .forEach(p -> files.put(display + "/" + folder.relativize(p).toString().replace('\\', '/'), p));
        }
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(files.size());
        for (Map.Entry<String, Path> f : files.entrySet()) {
            String text = Files.readString(f.getValue());
            Problems problems = new Problems();
            Optional<Node> tree = TreeReader.read(f.getKey(), text, problems);
            if (problems.size() > 0 || tree.isEmpty()) {
                List<String> said = problems.inOrder().stream().map(Problem::message).toList();
                throw new IllegalArgumentException(f.getKey() + " does not read cleanly: " + said);
            }
            data.writeUTF(f.getKey());
            data.writeLong(checksum(text));
            node(data, f.getKey(), tree.get());
        }
        data.flush();
    }

    private static void node(DataOutputStream out, String file, Node node) throws IOException {
        location(out, file, node.location());
        if (node instanceof Node.MapNode map) {
            out.writeByte(MAP);
            out.writeInt(map.entries().size());
            for (Node.Entry e : map.entries().values()) {
                out.writeUTF(e.key());
                location(out, file, e.keyLocation());
                node(out, file, e.value());
            }
        } else if (node instanceof Node.ListNode list) {
            out.writeByte(LIST);
            out.writeInt(list.items().size());
            for (Node item : list.items()) {
                node(out, file, item);
            }
        } else {
            Node.Scalar scalar = (Node.Scalar) node;
            out.writeByte(SCALAR);
            out.writeByte(scalar.type().ordinal());
            out.writeBoolean(scalar.text() != null);
            if (scalar.text() != null) {
                out.writeUTF(scalar.text());
            }
        }
    }

    private static void location(DataOutputStream out, String file, Location at) throws IOException {
        if (!at.file().equals(file)) {
            throw new IllegalArgumentException("a place in " + file + " names another file: " + at.file());
        }
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    static TreeCache read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            return NONE;
        }
        int count = data.readInt();
        Map<String, Kept> trees = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String file = data.readUTF();
            long checksum = data.readLong();
            trees.put(file, new Kept(checksum, node(data, file)));
        }
        return new TreeCache(trees);
    }

    private static Node node(DataInputStream in, String file) throws IOException {
        Location at = new Location(file, in.readInt(), in.readInt());
        byte kind = in.readByte();
        if (kind == MAP) {
            int n = in.readInt();
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                Location keyAt = new Location(file, in.readInt(), in.readInt());
                entries.put(key, new Node.Entry(key, keyAt, node(in, file)));
            }
            return new Node.MapNode(at, entries);
        }
        if (kind == LIST) {
            int n = in.readInt();
            List<Node> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(node(in, file));
            }
            return new Node.ListNode(at, items);
        }
        Node.ScalarType type = TYPES[in.readByte()];
        return new Node.Scalar(at, in.readBoolean() ? in.readUTF() : null, type);
    }

    /**
     * Run by the build: {@code TreeCache FOLDER DISPLAY OUT} writes the cache of the rule set in {@code FOLDER},
     * whose files are named {@code DISPLAY/name} in messages, to the file {@code OUT}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TreeCache FOLDER DISPLAY OUT");
        }
        Path out = Path.of(args[2]);
        Path temp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(temp)) {
            write(Path.of(args[0]), args[1], file);
        }
        Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
