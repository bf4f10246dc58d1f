package org.triage.report;

import java.util.List;
import java.util.Map;

/** A small JSON writer for the output contract: maps keep their order, lists and strings nest. */
public final class Json {

    private Json() {
    }

    /** Writes {@code value} (Map, List, String, Number, Boolean or null); {@code indent} 0 writes one line. */
    public static String write(Object value, int indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, indent, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int indent, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container(sb, '{', '}', map.entrySet(), indent, depth, (e, d) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                string(sb, String.valueOf(entry.getKey()));
                sb.append(indent > 0 ? ": " : ":");
                write(sb, entry.getValue(), indent, d);
            });
        } else if (value instanceof List<?> list) {
            container(sb, '[', ']', list, indent, depth, (e, d) -> write(sb, e, indent, d));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void container(StringBuilder sb, char open, char close, java.util.Collection<?> items, int indent,
                                  int depth, java.util.function.BiConsumer<Object, Integer> each) {
        sb.append(open);
        if (items.isEmpty()) {
            sb.append(close);
            return;
        }
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            newline(sb, indent, depth + 1);
            each.accept(item, depth + 1);
        }
        newline(sb, indent, depth);
        sb.append(close);
    }

    private static void newline(StringBuilder sb, int indent, int depth) {
        if (indent > 0) {
            sb.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
