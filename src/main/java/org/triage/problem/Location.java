package org.triage.problem;

/** A place in an input file: 1-based line and column, 0 where the input has none. */
public record Location(String file, int line, int column) {

    public Location {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a location needs a file");
        }
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
