package org.triage.report;

/**
 * A self-contained HTML page built as text: every value escaped on the way in, the style inline, no script and
 * nothing loaded from elsewhere, so that a page opens, prints and archives the same anywhere, with no network.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8 << 10);

    /** How many characters of text (not markup) the body holds so far: how much there is to read. */
    private int textLength;

    /** Text and attribute values made safe: the five characters that could end or open markup. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Markup written as is: only for the page's own tags, never for a value. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A value, escaped. */
    Html text(String value) {
        textLength += value.length();
        out.append(escape(value));
        return this;
    }

    /** An element holding one escaped value, e.g. {@code element("h2", "Why")}; {@code tag} may carry attributes. */
    Html element(String tag, String value) {
        int space = tag.indexOf(' ');
        String name = space < 0 ? tag : tag.substring(0, space);
        textLength += value.length();
        out.append('<').append(tag).append('>').append(escape(value)).append("</").append(name).append(">\n");
        return this;
    }

    int textLength() {
        return textLength;
    }

    /** The whole page: {@code css} in its own style element, the title escaped, then the body built so far. */
    String page(String title, String css, String bodyClass) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n"
                + (bodyClass.isEmpty() ? "<body>\n" : "<body class=\"" + escape(bodyClass) + "\">\n")
                + out + "</body>\n</html>\n";
    }
}
