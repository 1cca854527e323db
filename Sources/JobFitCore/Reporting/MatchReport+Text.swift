import Foundation

extension MatchReport {
    /// The report for a terminal: fits 80 columns; ANSI colour only when `colour` is true.
    public func textReport(colour: Bool = false) -> String {
        let paint = Paint(enabled: colour)
        var lines: [String] = []
        let who = candidate ?? resume
        let job = [title ?? posting, company].compactMap { $0 }.joined(separator: " at ")
        lines += RenderText.wrap("\(who) × \(job)", width: TerminalText.width)
        lines.append(
            paint.bold("Score \(score)/100")
                + (potentialScore > score ? " · \(potentialScore) if you state what the resume implies" : "")
                + " · as of \(asOf)")
        for level in RequirementLevel.allCases {
            let group = requirements.filter { $0.level == level }
            guard let coverage = levels.first(where: { $0.name == level.rawValue }) else { continue }
            lines.append("")
            lines.append(
                paint.bold("\(level.rawValue.capitalized) (\(group.count))")
                    + ": \(coverage.matched) matched, \(coverage.related) related, \(coverage.missing) missing")
            for requirement in group {
                let mark = Self.mark(requirement.status)
                let painted = paint.status(mark, requirement.status)
                var detail = requirement.note
                if let place = requirement.evidence.first?.path, requirement.status != .missing {
                    detail += " · \(place)"
                }
                if requirement.gain > 0 { detail += " · +\(Scoring.format(requirement.gain))" }
                let name = requirement.name.count > 22 ? String(requirement.name.prefix(21)) + "…" : requirement.name
                let padded = name.padding(toLength: 23, withPad: " ", startingAt: 0)
                let width = 2 + mark.count + 1 + padded.count
                let body = RenderText.wrap(detail, width: TerminalText.width - width)
                lines.append("  \(painted) \(padded)" + body[0])
                for more in body.dropFirst() { lines.append(String(repeating: " ", count: width) + more) }
            }
        }
        if !knockOuts.isEmpty {
            lines.append("")
            lines.append(paint.bold("Knock-outs"))
            for knockOut in knockOuts {
                let mark = knockOut.status == .met ? "✓" : knockOut.status == .notMet ? "✗" : "?"
                lines += hanging("\(mark) \(knockOut.requirement): \(knockOut.detail)")
            }
        }
        lines.append("")
        lines.append(paint.bold("Resume checks"))
        for check in checks {
            let mark = check.status == .pass ? "✓" : check.status == .warn ? "!" : "✗"
            var text = "\(mark) \(check.id): \(check.message)"
            if !check.places.isEmpty { text += " (\(check.places.joined(separator: ", ")))" }
            lines += hanging(text)
        }
        let todo = nextSteps
        if !todo.isEmpty {
            lines.append("")
            lines.append(paint.bold("Worth doing first"))
            for (number, step) in todo.enumerated() {
                lines += hanging("\(number + 1). \(step)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The five changes that gain the most points, in words.
    public var nextSteps: [String] {
        var seenGroups: Set<String> = []
        var steps: [(gain: Double, text: String)] = []
        for requirement in requirements where requirement.gain > 0 {
            if let group = requirement.group {
                guard seenGroups.insert(group).inserted else { continue }
            }
            let points = "+\(Scoring.format(requirement.gain)) points"
            let text: String
            switch requirement.status {
            case .matched where requirement.basis == .implied:
                text =
                    "State \(requirement.name) (\(points)): the resume implies it through \(requirement.through ?? "")."
            case .partial where requirement.basis == .implied:
                text =
                    "State \(requirement.name) and show its years in dated roles (\(points)): \(requirement.note)."
            case .matched, .partial:
                text = "Show the years of \(requirement.name) in dated roles (\(points)): \(requirement.note)."
            case .related:
                text =
                    "Add \(requirement.name) if you have used it (\(points)); the resume shows \(requirement.relatedSkills.joined(separator: ", "))."
            case .missing:
                text = "Add \(requirement.name) if you have it (\(points))."
            }
            steps.append((requirement.gain, text))
        }
        return steps.enumerated().sorted { left, right in
            left.element.gain != right.element.gain
                ? left.element.gain > right.element.gain : left.offset < right.offset
        }.prefix(5).map(\.element.text)
    }

    static func mark(_ status: MatchStatus) -> String {
        switch status {
        case .matched: "✓"
        case .partial: "~"
        case .related: "≈"
        case .missing: "✗"
        }
    }
}

/// ANSI styles, or nothing when colour is off.
private struct Paint {
    var enabled: Bool

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func status(_ text: String, _ status: MatchStatus) -> String {
        guard enabled else { return text }
        let code =
            switch status {
            case .matched: "32"
            case .partial: "33"
            case .related: "36"
            case .missing: "31"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// Wrapped to 80 columns, indented by two spaces, continuation lines by five.
private func hanging(_ text: String) -> [String] {
    RenderText.wrap(text, width: TerminalText.width, first: "  ", rest: "     ")
}
