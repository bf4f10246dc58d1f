package org.triage.rules.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON text into a {@link Node} tree that remembers where each value was.
 * Syntax errors and duplicate keys become problems; nothing is thrown for bad input.
 */
public final class TreeReader {

    /**
     * The parsers' own limits, a second guard behind those this class checks first (a long line, deep nesting):
     * the text given is already within {@link Limits#FILE_BYTES}.
     */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(Limits.FILE_BYTES + 1L).maxStringLength(Limits.FILE_BYTES + 1)
            .maxNameLength(Limits.LINE_CHARS + 1).maxNestingDepth(2 * Limits.NESTING).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.FILE_BYTES + 1);
        options.setNestingDepthLimit(2 * Limits.NESTING);
        options.setMaxAliasesForCollections(Limits.NESTING);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private final String file;
    private final Problems problems;
    private final int linesBefore;

    private TreeReader(String file, int linesBefore, Problems problems) {
        this.file = file;
        this.linesBefore = linesBefore;
        this.problems = problems;
    }

    /** The tree of {@code text}, or empty when it has a syntax error (reported) or no content. */
    public static Optional<Node> read(String file, String text, Problems problems) {
        return read(file, text, file.toLowerCase(java.util.Locale.ROOT).endsWith(".json"), problems);
    }

    /** As {@link #read(String, String, Problems)}, as JSON or as YAML whatever the file's name (stdin has none). */
    public static Optional<Node> read(String file, String text, boolean json, Problems problems) {
        return read(file, text, json, 0, problems);
    }

    /**
     * As {@link #read(String, String, boolean, Problems)} for text that starts after {@code linesBefore} lines of
     * the file (one line of JSON Lines), so that every location is the file's own line. A YAML line over
     * {@link Limits#LINE_CHARS} is refused before parsing; JSON, which FHIR clients send on one line, is not.
     */
    public static Optional<Node> read(String file, String text, boolean json, int linesBefore, Problems problems) {
        TreeReader reader = new TreeReader(file, linesBefore, problems);
        if (!json) {
            Optional<org.triage.problem.Problem> longLine = Limits.longLine(file, text);
            if (longLine.isPresent()) {
                problems.add(longLine.get());
                return Optional.empty();
            }
            Optional<org.triage.problem.Problem> control = controlCharacter(file, text, linesBefore);
            if (control.isPresent()) {
                problems.add(control.get());
                return Optional.empty();
            }
        }
        JsonParser[] current = new JsonParser[1];
        try (Reader in = new StringReader(text);
             JsonParser parser = json ? JSON.createParser(in) : YAML.createParser(in)) {
            current[0] = parser;
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            Node node = reader.value(parser, 0);
            if (parser.nextToken() != null) {
                problems.error(reader.location(parser.currentTokenLocation()),
                        "more content after the end of the " + (json ? "JSON value" : "first YAML document"),
                        json ? "keep one JSON object per file; remove what follows it"
                                : "keep one document per file: remove the '---' line and merge what follows into the document above");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (TooDeep e) {
            problems.add(Limits.tooDeep(e.at));
            return Optional.empty();
        } catch (AliasFound e) {
            // like a syntax error, the file is not read further: what the alias stands for is unknown
            problems.error(e.at, "a YAML alias (*" + e.name + ") is not supported here",
                    "write the value out in full where the alias stands (anchors and aliases are not read)");
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // the parser's own limits, behind the program's: located where the parser stopped, in the program's words
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : current[0] == null ? null : current[0].currentLocation();
            String why = e.getOriginalMessage().replaceAll(",? ?from `[^`]*`", "");
            problems.error(at == null ? Location.of(file) : reader.location(at), "a value here is too long to read: "
                    + why, "an answer is a few words or a small number; check this value");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null ? Location.of(file) : reader.location(at);
            problems.error(where, (json ? "JSON" : "YAML") + " syntax error: " + summary(e.getOriginalMessage()),
                    json ? "check the quotes, commas and brackets near this place; JSON allows no comma after the last item"
                            : "check the indentation, quotes and brackets near this line; a value that contains ': ' or "
                            + "starts with a special character needs quotes");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.of(file), "could not read: " + e.getMessage(), "check the file");
            return Optional.empty();
        }
    }

    /**
     * The first character YAML does not allow (a control character such as NUL, or U+FFFE), at its line and column:
     * the YAML parser reports one at the start of the file, wherever it is.
     */
    static Optional<org.triage.problem.Problem> controlCharacter(String file, String text, int linesBefore) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xFFFD;
            if (!allowed) {
                return Optional.of(org.triage.problem.Problem.error(new Location(file, linesBefore + line, column),
                        String.format(java.util.Locale.ROOT, "a control character (U+%04X) that YAML does not allow", (int) c),
                        "remove it: save the file as plain UTF-8 text"));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.empty();
    }

    private Node value(JsonParser p, int depth) throws IOException {
        Location at = location(p.currentTokenLocation());
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasFound(at, p.getText());
        }
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> map(p, at, deeper(depth, at));
            case START_ARRAY -> list(p, at, deeper(depth, at));
            case VALUE_STRING -> new Node.Scalar(at, p.getText(), Node.ScalarType.STRING);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Scalar(at, p.getText(), Node.ScalarType.NUMBER);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(at, p.getText(), Node.ScalarType.BOOLEAN);
            case VALUE_NULL -> new Node.Scalar(at, null, Node.ScalarType.NULL);
            default -> new Node.Scalar(at, p.getText(), Node.ScalarType.STRING);
        };
    }

    /** The depth of a list or mapping inside one at {@code depth}; over {@link Limits#NESTING}, the read stops. */
    private static int deeper(int depth, Location at) {
        if (depth >= Limits.NESTING) {
            throw new TooDeep(at);
        }
        return depth + 1;
    }

    private Node map(JsonParser p, Location at, int depth) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Location keyAt = location(p.currentTokenLocation());
            p.nextToken();
            Node value = value(p, depth);
            Node.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.error(keyAt, "duplicate key '" + key + "' (first at line " + earlier.keyLocation().line() + ")",
                        "remove one of the two, or merge them");
            } else {
                entries.put(key, new Node.Entry(key, keyAt, value));
            }
        }
        return new Node.MapNode(at, entries);
    }

    private Node list(JsonParser p, Location at, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p, depth));
        }
        return new Node.ListNode(at, items);
    }

    private Location location(JsonLocation at) {
        return new Location(file, at.getLineNr() > 0 ? at.getLineNr() + linesBefore : 0, Math.max(at.getColumnNr(), 0));
    }

    /**
     * The parser's message without its source excerpts: "while parsing X (which starts at line 1, column 12):
     * expected Y" for a two-part message, else its first statement.
     */
    static String summary(String message) {
        if (message == null) {
            return "unreadable input";
        }
        List<String> statements = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (String line : message.split("\\R")) {
            java.util.regex.Matcher m = PLACE.matcher(line);
            if (m.find()) {
                places.add(m.group(1));
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                statements.add(line.trim());
            }
        }
        if (statements.isEmpty()) {
            return message.trim();
        }
        if (statements.size() >= 2 && !places.isEmpty()) {
            return statements.get(0) + " (which starts at " + places.get(0) + "): "
                    + String.join("; ", statements.subList(1, statements.size()));
        }
        return statements.get(0);
    }

    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("^\\s+in '[^']*', (line \\d+, column \\d+)");

    /** A list or mapping nested too deeply: reported as a problem by {@link #read}, never thrown out of this class. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;

        TooDeep(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** An alias in the input: reported as a problem by {@link #read}, never thrown out of this class. */
    private static final class AliasFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;
        private final String name;

        AliasFound(Location at, String name) {
            super(null, null, false, false);
            this.at = at;
            this.name = name;
        }
    }
}
