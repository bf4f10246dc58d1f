package org.triage.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * The practice whose name and contact head a client summary ({@code clinic.yaml}), and the paper it prints on.
 * Only {@code name} is required.
 */
public record Clinic(String name, Optional<String> address, Optional<String> phone, Optional<String> email,
                     Paper paper) {

    /** The sheet a summary is laid out for: its CSS {@code @page} size. */
    public enum Paper {
        A4("A4"), LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    /** No clinic file: a summary without a letterhead, on A4. */
    public static final Clinic NONE = new Clinic("", Optional.empty(), Optional.empty(), Optional.empty(), Paper.A4);

    public Clinic {
        Objects.requireNonNull(name);
        Objects.requireNonNull(address);
        Objects.requireNonNull(phone);
        Objects.requireNonNull(email);
        Objects.requireNonNull(paper);
    }

    public Clinic withPaper(Paper other) {
        return new Clinic(name, address, phone, email, other);
    }
}
