package org.triage.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The batch report for the clinic manager: one self-contained page with the run's figures as charts (outcomes,
 * referrals by urgency and by the rule behind them, the most frequent exclusions, invalid rows by column with their
 * first lines), each chart with its numbers as a table too. Made from counts only: it holds no answers.
 */
public final class HtmlBatchReport {

    private final Html page = new Html();
    private final BatchFigures f;
    private int charts;

    private HtmlBatchReport(BatchFigures figures) {
        this.f = figures;
    }

    public static String render(BatchFigures figures) {
        HtmlBatchReport r = new HtmlBatchReport(figures);
        r.page.raw("<main>\n");
        r.header();
        r.page.raw("<div class=\"grid\">\n");
        r.chart("Outcomes", "every row with a result", figures.outcomes(), figures.rows() - figures.invalidRows());
        r.chart("Referrals by urgency", "of the rows referred", figures.urgencies(), referred(figures));
        r.chart("Referrals by the red flag behind them", "the rules that referred, the 10 most frequent;"
                + " a row may have several", figures.referralReasons(), referred(figures));
        r.chart("Techniques ruled out", "rows with a massage or STM outcome; a referral rules out every technique"
                + " and is counted above", figures.exclusions(), treated(figures));
        r.chart("Why techniques were ruled out", "the rules that ruled out a technique, the 10 most frequent",
                figures.exclusionReasons(), treated(figures));
        r.invalid();
        r.page.raw("</div>\n").element("p class=\"note\"", "Made from counts only: this report holds no answers and no"
                + " client ids. Rule set " + figures.rulesetVersion() + ".").raw("</main>\n");
        return r.page.page("Batch report - " + figures.input(), ReportStyle.CSS, "");
    }

    private static long referred(BatchFigures f) {
        return f.urgencies().stream().mapToLong(BatchFigures.Bar::count).sum();
    }

    private static long treated(BatchFigures f) {
        return f.outcomes().stream().filter(b -> b.label().equals("massage") || b.label().equals("stm"))
                .mapToLong(BatchFigures.Bar::count).sum();
    }

    private void header() {
        page.raw("<header>\n").element("h1", "Batch report: " + f.input())
                .element("p class=\"made\"", String.format(Locale.ROOT, "Made %s; the run took %.1f s.", f.made(),
                        f.seconds()))
                .raw("<div class=\"tiles\">\n");
        tile("rows", f.rows(), "");
        tile("referred", referred(f), "refer");
        tile("emergencies", f.urgencies().isEmpty() ? 0 : f.urgencies().get(0).count(), "emergency");
        tile("invalid rows", f.invalidRows(), f.invalidRows() > 0 ? "invalid" : "");
        page.raw("</div>\n</header>\n");
    }

    private void tile(String what, long count, String tone) {
        page.raw("<div class=\"" + (tone.isEmpty() ? "tile" : "tile " + Html.escape(tone)) + "\">").element("span class=\"figure\"",
                String.format(Locale.ROOT, "%,d", count)).element("span class=\"what\"", what).raw("</div>\n");
    }

    private void chart(String title, String about, List<BatchFigures.Bar> bars, long total) {
        String id = "chart" + ++charts;
        page.raw("<section class=\"chart\">\n").element("h2 id=\"" + id + "\"", title).element("p class=\"about\"", about);
        if (bars.stream().allMatch(b -> b.count() == 0)) {
            page.element("p class=\"none\"", "None.").raw("</section>\n");
            return;
        }
        page.raw(SvgBars.chart(id, title, bars, total));
        page.raw("<table>\n<thead><tr><th scope=\"col\">").text(title).raw("</th><th scope=\"col\">rows</th></tr></thead>\n<tbody>\n");
        for (BatchFigures.Bar b : bars) {
            page.raw("<tr><th scope=\"row\">").text(b.label());
            if (!b.detail().isEmpty()) {
                page.raw("<span class=\"detail\">").text(b.detail()).raw("</span>");
            }
            page.raw("</th><td>").text(SvgBars.count(b.count(), total)).raw("</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    private void invalid() {
        List<BatchFigures.Bar> bars = f.invalid().stream()
                .map(c -> new BatchFigures.Bar(c.column(), "", c.count(), "invalid")).toList();
        String id = "chart" + ++charts;
        page.raw("<section class=\"chart\">\n").element("h2 id=\"" + id + "\"", "Invalid rows by column")
                .element("p class=\"about\"", "errors by column, with the lines of the first ones; each invalid row"
                        + " has the reason in the results' error column");
        if (bars.isEmpty()) {
            page.element("p class=\"none\"", "None: every row was read.").raw("</section>\n");
            return;
        }
        page.raw(SvgBars.chart(id, "Invalid rows by column", bars, f.rows()));
        page.raw("<table>\n<thead><tr><th scope=\"col\">column</th><th scope=\"col\">errors</th>"
                + "<th scope=\"col\">first lines</th></tr></thead>\n<tbody>\n");
        for (BatchFigures.InvalidColumn c : f.invalid()) {
            page.raw("<tr><th scope=\"row\">").text(c.column()).raw("</th><td>").text(String.format(Locale.ROOT, "%,d",
                    c.count())).raw("</td><td class=\"lines\">").text(c.firstLines().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + (c.count() > c.firstLines().size() ? ", ..." : ""))
                    .raw("</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }
}
