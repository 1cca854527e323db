import Foundation

extension MatchReport {
    /// The report as one self-contained HTML page.
    ///
    /// Inline CSS and SVG charts, no external reference, readable on a phone and in print.
    /// Every text from the inputs is escaped.
    public func htmlReport() -> String {
        let job = [title ?? posting, company].compactMap { $0 }.joined(separator: " at ")
        let heading = "\(candidate ?? resume) × \(job)"
        var body = """
            <header><h1>\(escapeHTML(heading))</h1>
            <p class="meta">As of \(escapeHTML(asOf)) · \(Scoring.format(experienceYears)) years of dated experience · \
            taxonomy \(escapeHTML(taxonomyVersion))</p></header>
            <section class="summary">
            \(scoreGauge())
            <div><h2>Required, preferred, mentioned</h2>\(levelBars())</div>
            </section>
            <section><h2>Coverage by category</h2>\(categoryBars())</section>

            """
        let steps = nextSteps
        if !steps.isEmpty {
            body += "<section><h2>Worth doing first</h2><ol>"
            body += steps.map { "<li>\(escapeHTML($0))</li>" }.joined()
            body += "</ol></section>\n"
        }
        body += "<section><h2>Requirements</h2>\(requirementTable())</section>\n"
        if !knockOuts.isEmpty {
            body += "<section><h2>Knock-outs</h2><ul class=\"checks\">"
            for knockOut in knockOuts {
                body +=
                    "<li class=\"\(knockOut.status.rawValue)\"><b>\(escapeHTML(knockOut.requirement))</b>: \(escapeHTML(knockOut.detail))"
                if !knockOut.sentence.isEmpty { body += "<blockquote>\(escapeHTML(knockOut.sentence))</blockquote>" }
                body += "</li>"
            }
            body += "</ul></section>\n"
        }
        body += "<section><h2>Resume checks</h2><ul class=\"checks\">"
        for check in checks {
            body +=
                "<li class=\"\(check.status.rawValue)\"><b>\(escapeHTML(check.id))</b>: \(escapeHTML(check.message))"
            if !check.places.isEmpty {
                body +=
                    " <span class=\"places\">"
                    + check.places.map { "<code>\(escapeHTML($0))</code>" }.joined(separator: " ")
                    + "</span>"
            }
            body += "</li>"
        }
        body += "</ul></section>\n"
        if !otherSkills.isEmpty {
            body +=
                "<section><h2>Other skills in the resume</h2><p>\(escapeHTML(otherSkills.joined(separator: ", ")))</p></section>\n"
        }
        return HTMLPage.opening(title: "JobFit: " + heading, styleSheet: Self.styleSheet) + body
            + HTMLPage.closing(footer: "Made by JobFit. Every number is explained in docs/scoring.md.")
    }

    private func scoreGauge() -> String {
        // A ring: the score's share of the circumference, the potential as a lighter arc behind it.
        let circumference = 2 * Double.pi * 52
        func dash(_ value: Int) -> String {
            let length = circumference * Double(value) / 100
            return "\(HTMLCharts.format(length)) \(HTMLCharts.format(circumference - length))"
        }
        return """
            <figure class="gauge"><svg viewBox="0 0 140 140" width="160" height="160" role="img" \
            aria-label="Score \(score) of 100, potential \(potentialScore)">
            <circle cx="70" cy="70" r="52" class="track"/>
            <circle cx="70" cy="70" r="52" class="potential" stroke-dasharray="\(dash(potentialScore))" transform="rotate(-90 70 70)"/>
            <circle cx="70" cy="70" r="52" class="score" stroke-dasharray="\(dash(score))" transform="rotate(-90 70 70)"/>
            <text x="70" y="68" class="big">\(score)</text><text x="70" y="90" class="small">of 100</text>
            </svg><figcaption>Score \(score) · potential \(potentialScore)</figcaption></figure>
            """
    }

    private func levelBars() -> String {
        let rows = levels.map { coverage -> (String, [(String, Int)]) in
            let partial = requirements.filter { $0.level.rawValue == coverage.name && $0.status == .partial }.count
            return (
                coverage.name,
                [
                    ("matched", coverage.matched - partial), ("partial", partial), ("related", coverage.related),
                    ("missing", coverage.missing),
                ]
            )
        }
        let widest = max(1, rows.map { $0.1.reduce(0) { $0 + $1.1 } }.max() ?? 1)
        let height = rows.count * 30 + 24
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 600 \(height)\" role=\"img\" aria-label=\"Requirements by level and outcome\">"
        for (row, entry) in rows.enumerated() {
            let y = row * 30
            svg += "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(escapeHTML(entry.0))</text>"
            var x = 90.0
            for (status, count) in entry.1 where count > 0 {
                let width = 490 * Double(count) / Double(widest)
                svg +=
                    "<rect x=\"\(HTMLCharts.format(x))\" y=\"\(y + 4)\" width=\"\(HTMLCharts.format(width))\" height=\"20\" class=\"\(status)\"><title>\(count) \(status)</title></rect>"
                if width >= 14 {
                    svg +=
                        "<text x=\"\(HTMLCharts.format(x + width / 2))\" y=\"\(y + 18)\" class=\"count\">\(count)</text>"
                }
                x += width
            }
        }
        var legendX = 90
        for status in MatchStatus.allCases {
            svg +=
                "<rect x=\"\(legendX)\" y=\"\(height - 14)\" width=\"10\" height=\"10\" class=\"\(status.rawValue)\"/><text x=\"\(legendX + 14)\" y=\"\(height - 5)\" class=\"legend\">\(status.rawValue)</text>"
            legendX += 95
        }
        return svg + "</svg>"
    }

    private func categoryBars() -> String {
        let shown = categories.prefix(12)
        guard !shown.isEmpty else { return "<p>The posting asks for no skills JobFit knows.</p>" }
        let height = shown.count * 26
        var svg = "<svg class=\"chart\" viewBox=\"0 0 600 \(height)\" role=\"img\" aria-label=\"Coverage by category\">"
        for (row, coverage) in shown.enumerated() {
            let y = row * 26
            let width = 330 * coverage.share
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"label\">\(escapeHTML(coverage.name))</text>"
            svg += "<rect x=\"170\" y=\"\(y + 4)\" width=\"330\" height=\"16\" class=\"track\"/>"
            svg +=
                "<rect x=\"170\" y=\"\(y + 4)\" width=\"\(HTMLCharts.format(width))\" height=\"16\" class=\"matched\"><title>\(Int((coverage.share * 100).rounded()))% of \(coverage.total)</title></rect>"
            svg +=
                "<text x=\"508\" y=\"\(y + 16)\" class=\"label\">\(Int((coverage.share * 100).rounded()))% · \(coverage.matched)/\(coverage.total)</text>"
        }
        return svg + "</svg>"
    }

    private func requirementTable() -> String {
        var rows = ""
        for requirement in requirements {
            var answer = ""
            if let place = requirement.evidence.first {
                answer =
                    "<code>\(escapeHTML(place.path))</code><br>\(highlight(place.field, start: place.start, end: place.end))"
            }
            let gain = requirement.gain > 0 ? "+\(Scoring.format(requirement.gain))" : ""
            rows += """
                <tr class="\(requirement.status.rawValue)"><td><span class="badge \(requirement.status.rawValue)">\
                \(requirement.status.rawValue)</span></td><td><b>\(escapeHTML(requirement.name))</b>\
                <br><small>\(escapeHTML(requirement.level.rawValue)) · \(escapeHTML(requirement.category))</small></td>\
                <td>\(escapeHTML(requirement.note))</td><td class="quote">\(escapeHTML(requirement.sentence))</td>\
                <td>\(answer)</td><td class="gain">\(gain)</td></tr>

                """
        }
        return """
            <div class="table"><table><thead><tr><th>Outcome</th><th>Skill</th><th>Why</th>\
            <th>The posting says</th><th>The resume answers</th><th>Gain</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
    }

    /// The field's text with the mention marked, both escaped; long fields are cut around it.
    private func highlight(_ text: String, start: Int, end: Int) -> String {
        let bytes = Array(text.utf8)
        guard start >= 0, end <= bytes.count, start <= end else { return escapeHTML(text) }
        let lower = max(0, start - 120)
        let upper = min(bytes.count, end + 120)
        let before = String(decoding: bytes[lower..<start], as: UTF8.self)
        let inside = String(decoding: bytes[start..<end], as: UTF8.self)
        let after = String(decoding: bytes[end..<upper], as: UTF8.self)
        return (lower > 0 ? "…" : "") + escapeHTML(before) + "<mark>\(escapeHTML(inside))</mark>" + escapeHTML(after)
            + (upper < bytes.count ? "…" : "")
    }

    static let styleSheet = """
        :root{--ok:#2e7d32;--part:#f9a825;--rel:#0288d1;--miss:#c62828;--ink:#1d2330;--mute:#5b6475}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7fb}
        main{max-width:1100px;margin:0 auto;padding:16px}h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.15em;margin:.2em 0 .6em}
        section{background:#fff;border-radius:10px;padding:14px 16px;margin:14px 0;box-shadow:0 1px 3px #0001}
        .meta,footer{color:var(--mute);font-size:.9em}.summary{display:flex;flex-wrap:wrap;gap:24px;align-items:center}
        .summary>div{flex:1;min-width:260px}.gauge{margin:0;text-align:center}
        .gauge circle{fill:none;stroke-width:14}.gauge .track{stroke:#e6e8ef}.gauge .potential{stroke:#a5d6a7}.gauge .score{stroke:var(--ok)}
        .gauge .big{font-size:34px;font-weight:700;text-anchor:middle;fill:var(--ink)}.gauge .small{font-size:12px;text-anchor:middle;fill:var(--mute)}
        .chart{width:100%;height:auto;font-size:12px}.chart .label,.chart .legend{fill:var(--ink)}.chart .count{fill:#fff;text-anchor:middle;font-weight:600}
        rect.matched{fill:var(--ok)}rect.partial{fill:var(--part)}rect.related{fill:var(--rel)}rect.missing{fill:var(--miss)}rect.track{fill:#e6e8ef}
        .table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e6e8ef}
        td.quote{color:var(--mute);max-width:320px}td.gain{white-space:nowrap;font-weight:600}mark{background:#fff3b0;padding:0 2px}
        .badge{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:.85em}.badge.matched{background:var(--ok)}
        .badge.partial{background:var(--part);color:#222}.badge.related{background:var(--rel)}.badge.missing{background:var(--miss)}
        .checks{list-style:none;padding:0}.checks li{padding:4px 0 4px 22px;position:relative}.checks li:before{position:absolute;left:0;font-weight:700}
        .checks .pass:before,.checks .met:before{content:"✓";color:var(--ok)}.checks .warn:before,.checks .check:before{content:"?";color:var(--part)}
        .checks .fail:before,.checks .notMet:before{content:"✗";color:var(--miss)}blockquote{margin:4px 0;color:var(--mute);font-size:.9em}
        code{font-size:.85em;background:#f0f2f7;padding:0 3px;border-radius:3px}
        @media (max-width:640px){th:nth-child(4),td.quote{display:none}main{padding:8px}.chart{font-size:15px}}
        @media print{body{background:#fff}section{box-shadow:none;border:1px solid #ddd;break-inside:avoid}tr{break-inside:avoid}}
        """
}

/// Escapes text for HTML element content and attribute values (``RenderText/html(_:)``).
func escapeHTML(_ text: String) -> String {
    RenderText.html(text)
}
