package org.triage.report;

import org.triage.rules.Clinic;

/**
 * The client summary's style: one printed page of A4 or US Letter. The sheet is laid out within what both leave
 * (the narrower A4 width, the shorter Letter height), so that one summary fits either; the page size itself is set
 * for the paper the clinic uses, which browsers honour when printing.
 */
final class SummaryStyle {

    private SummaryStyle() {
    }

    /** Up to this many characters of text, the summary is set at its normal size; beyond, smaller (measured in print). */
    private static final int NORMAL_UP_TO = 2400;
    private static final int COMPACT_UP_TO = 2900;

    /**
     * The class of the body for a summary with {@code textLength} characters of text: one with many reasons is set
     * smaller, and tighter, so that it still prints on one page.
     */
    static String density(int textLength) {
        return textLength <= NORMAL_UP_TO ? "" : textLength <= COMPACT_UP_TO ? "compact" : "dense";
    }

    static String css(Clinic.Paper paper) {
        return "@page { size: " + paper.css() + "; margin: 12mm 14mm; }\n" + CSS;
    }

    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5a6673; --rule: #c9d1da; --accent: #1f5f8b; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: var(--ink); background: #fff;
                   font: 10.5pt/1.38 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
            .sheet { max-width: 182mm; margin: 0 auto; padding: 6mm 0; }
            @media print { .sheet { padding: 0; } }
            header { border-bottom: 2px solid var(--accent); padding-bottom: 3mm; margin-bottom: 4mm; }
            .clinic { font-size: 1.45em; font-weight: 700; color: var(--accent); margin: 0; }
            .contact { color: var(--muted); margin: 0.5mm 0 2mm; }
            h1 { font-size: 1.6em; margin: 1mm 0 2mm; }
            h2 { font-size: 1.15em; margin: 0 0 1.5mm; color: var(--accent); }
            h3 { font-size: 1em; margin: 2mm 0 1mm; }
            p { margin: 0 0 1.5mm; }
            ul { margin: 0 0 1mm; padding-left: 5mm; }
            li { margin: 0 0 0.8mm; }
            li strong { display: block; }
            section { margin: 0 0 4mm; break-inside: avoid; }
            .fill { color: var(--muted); margin: 0; display: flex; gap: 2mm; align-items: baseline; }
            .fill .line { flex: 1; border-bottom: 1px solid var(--rule); min-width: 12mm; }
            .referral { border: 2.5px solid #b3261e; background: #fdf0ef; border-radius: 2mm; padding: 3mm 4mm; }
            .referral h2 { color: #b3261e; font-size: 1.35em; }
            .referral .action { font-weight: 700; font-size: 1.1em; }
            .referral.routine { border-color: #a15c00; background: #fff6e8; }
            .referral.routine h2 { color: #a15c00; }
            .notice { border: 2px solid #a15c00; background: #fff6e8; border-radius: 2mm; padding: 3mm 4mm; }
            .approach h2 { font-size: 1.35em; }
            .excluded li strong { color: #8a1c14; }
            .precautions { color: var(--ink); border-left: 3px solid var(--rule); padding-left: 3mm; }
            footer { border-top: 1px solid var(--rule); padding-top: 2mm; margin-top: 5mm; font-size: 0.86em; }
            .disclaimer { font-weight: 700; }
            .ruleset { color: var(--muted); }
            body.compact { font-size: 9.5pt; line-height: 1.3; }
            body.dense { font-size: 8.5pt; line-height: 1.25; }
            body.dense section { margin-bottom: 2.5mm; }
            body.dense li { margin-bottom: 0.3mm; }
            body.compact section, body.dense section { break-inside: auto; }
            """;
}
