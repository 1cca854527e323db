/// The pieces of `jobfit batch --format html`, a page written as it streams: the head and the
/// table's header, one `<tr>` per record, a heading row per resume (or posting), the end.
enum BatchHTML {
    static let columns = [
        "Resume", "Posting", "Score", "Potential", "Required", "Preferred", "Missing required", "Knock-outs not met",
    ]

    static let header =
        HTMLPage.opening(title: "JobFit batch", styleSheet: MatchReport.styleSheet + styleSheet) + """
            <header><h1>JobFit batch</h1>
            <p class="meta">Every resume against every posting (the score of jobfit match, docs/scoring.md). \
            Required and preferred: matched, partly matched (fewer years), related (a sibling skill) and missing, of all asked.</p></header>
            <section><div class="table"><table class="batch"><thead><tr>\(columns.map { "<th>\($0)</th>" }.joined())</tr></thead>
            <tbody>

            """

    static func footer(empty: Bool) -> String {
        (empty ? "<tr><td colspan=\"\(columns.count)\">No rows.</td></tr>\n" : "")
            + "</tbody></table></div></section>\n" + HTMLPage.closing(footer: "Made by JobFit.")
    }

    static func heading(_ row: BatchRow, order: BatchMatcher.Order) -> String {
        let title: String
        switch order {
        case .byResume: title = (row.candidate.map { "\(escapeHTML($0)) · " } ?? "") + escapeHTML(row.resume)
        case .byJob: title = posting(row)
        }
        return "<tr class=\"group\"><th colspan=\"\(columns.count)\">\(title)</th></tr>\n"
    }

    static func row(_ record: BatchRecord) -> String {
        switch record {
        case .failure(let failure):
            return "<tr class=\"error\"><td colspan=\"\(columns.count)\"><b>\(escapeHTML(failure.input))</b>: "
                + "\(escapeHTML(failure.message))</td></tr>\n"
        case .pair(let row):
            let resume =
                (row.candidate.map { "\(escapeHTML($0))<br>" } ?? "") + "<small>\(escapeHTML(row.resume))</small>"
            return "<tr><td>\(resume)</td><td>\(posting(row))</td>"
                + "<td class=\"score\"><span class=\"bar\"><span style=\"width:\(row.score)%\"></span></span><b>\(row.score)</b></td>"
                + "<td class=\"num\">\(row.potentialScore)</td><td>\(counts(row.required))</td><td>\(counts(row.preferred))</td>"
                + "<td>\(escapeHTML(row.missingRequired.joined(separator: ", ")))</td>"
                + "<td>\(escapeHTML(row.knockOutsNotMet.joined(separator: ", ")))</td></tr>\n"
        }
    }

    private static func posting(_ row: BatchRow) -> String {
        let name = [row.title, row.company].compactMap { $0 }.joined(separator: " at ")
        return (name.isEmpty ? "" : "\(escapeHTML(name))<br>") + "<small>\(escapeHTML(row.job))</small>"
    }

    /// "3 · 1 · 0 · 2" with each outcome's colour, and the total asked.
    private static func counts(_ counts: BatchRow.Counts) -> String {
        let total = counts.matched + counts.partial + counts.related + counts.missing
        guard total > 0 else { return "" }
        return "<span class=\"ok\">\(counts.matched)</span> · <span class=\"part\">\(counts.partial)</span> · "
            + "<span class=\"rel\">\(counts.related)</span> · <span class=\"miss\">\(counts.missing)</span> of \(total)"
    }

    private static let styleSheet = """
        main{max-width:1400px}tr.group th{background:#eef1f8;font-size:1.02em;padding-top:10px}tr.error td{color:var(--miss)}
        td.score{white-space:nowrap}.bar{display:inline-block;width:60px;height:10px;background:#e6e8ef;border-radius:5px;margin-right:6px;vertical-align:middle}
        .bar span{display:block;height:10px;background:var(--ok);border-radius:5px}td.num{text-align:right}
        .ok{color:var(--ok);font-weight:600}.part{color:#b07d00;font-weight:600}.rel{color:var(--rel);font-weight:600}.miss{color:var(--miss);font-weight:600}
        """
}
