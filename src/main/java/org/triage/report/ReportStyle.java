package org.triage.report;

/** The batch report's style: charts in a grid on screen, one after another on A4 in print. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            @page { size: A4; margin: 12mm; }
            :root { --ink: #1d2733; --muted: #5a6673; --rule: #d5dce3; --accent: #1f5f8b; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: var(--ink); background: #f4f6f8;
                   font: 14px/1.4 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 20px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 16px; margin: 0 0 2px; color: var(--accent); }
            .made, .about, .note { color: var(--muted); margin: 0 0 10px; }
            .about { font-size: 12px; }
            .tiles { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 16px; }
            .tile { background: #fff; border: 1px solid var(--rule); border-top: 4px solid var(--accent);
                    border-radius: 6px; padding: 8px 14px; min-width: 140px; }
            .tile.refer, .tile.emergency { border-top-color: #b3261e; }
            .tile.invalid { border-top-color: #a15c00; }
            .figure { display: block; font-size: 26px; font-weight: 700; }
            .what { color: var(--muted); }
            .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(580px, 1fr)); gap: 16px; }
            .chart { background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: 12px 14px;
                     break-inside: avoid; }
            svg.bars { display: block; max-width: 100%; height: auto; margin: 6px 0 8px; }
            svg .label { font-size: 12px; text-anchor: end; fill: var(--ink); }
            svg .number { font-size: 12px; fill: var(--ink); }
            rect { fill: var(--accent); }
            rect.massage { fill: #2e8b7a; } rect.stm { fill: #1f5f8b; } rect.refer { fill: #b3261e; }
            rect.incomplete { fill: #c48a1c; } rect.emergency { fill: #8e1b14; } rect.urgent { fill: #d2472f; }
            rect.routine { fill: #e39b2d; } rect.excluded { fill: #6b4fa0; } rect.invalid { fill: #a15c00; }
            table { border-collapse: collapse; width: 100%; font-size: 12px; }
            th, td { text-align: left; padding: 3px 6px; border-top: 1px solid var(--rule); vertical-align: top; }
            thead th { border-top: none; color: var(--muted); font-weight: 600; }
            td { text-align: right; white-space: nowrap; }
            td.lines { white-space: normal; text-align: left; }
            .detail { display: block; color: var(--muted); font-weight: 400; }
            .none { color: var(--muted); font-style: italic; }
            @media print { body { background: #fff; } main { padding: 0; } .grid { display: block; }
                           .chart { margin-bottom: 10px; } }
            """;
}
