package org.triage.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn from the figures alone: a label, a bar in proportion to the largest
 * count, and the count with its share of {@code total}. No script and no fonts from elsewhere; the SVG is an image
 * to a screen reader, labelled by the chart's title, and its numbers are given as a table beside it.
 */
final class SvgBars {

    static final int WIDTH = 560;
    private static final int LABEL = 200;
    private static final int NUMBER = 110;
    private static final int ROW = 22;
    private static final int BAR = 14;
    /** Labels longer than this are cut in the chart (the table gives them whole). */
    private static final int LABEL_CHARS = 32;

    private SvgBars() {
    }

    static String chart(String id, String title, List<BatchFigures.Bar> bars, long total) {
        long max = bars.stream().mapToLong(BatchFigures.Bar::count).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 4;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"bars\" role=\"img\" aria-labelledby=\"")
                .append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n");
        int y = 2;
        for (BatchFigures.Bar bar : bars) {
            double share = max == 0 ? 0 : (double) bar.count() / max;
            int length = bar.count() == 0 ? 0 : Math.max(2, (int) Math.round(share * (WIDTH - LABEL - NUMBER - 12)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>", LABEL - 6,
                    y + BAR - 3, Html.escape(cut(bar.label()))))
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"/>",
                            LABEL, y, length, BAR, Html.escape(bar.tone())))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"number\">%s</text>\n",
                            LABEL + length + 6, y + BAR - 3, Html.escape(count(bar.count(), total))));
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    /** A count with its share of the total, e.g. {@code 1,204 (12.0%)}. */
    static String count(long count, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%,d", count);
        }
        return String.format(Locale.ROOT, "%,d (%.1f%%)", count, 100.0 * count / total);
    }

    private static String cut(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "\u2026";
    }
}
