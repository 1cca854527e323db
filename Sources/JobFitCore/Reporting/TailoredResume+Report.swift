public import Foundation

extension TailoredResume {
    /// What tailoring did, as plain text: the scores, then every change with its reason.
    public func textReport(output: String) -> String {
        var lines = [
            "Tailored \(before.resume) for \(before.title ?? before.posting) → \(output)",
            "Score: \(before.score) before, \(after.score) after (potential \(after.potentialScore))",
            "",
        ]
        if changes.isEmpty { lines.append("No changes: the master resume already leads with what the posting asks.") }
        for change in changes {
            lines.append("- [\(change.kind.rawValue)] \(change.detail)")
            lines.append("    why: \(change.reason) (\(change.path))")
        }
        if !missingRequired.isEmpty {
            lines += ["", "Still missing (required): " + missingRequired.joined(separator: ", ")]
            lines.append("JobFit adds a skill only when the resume supports it; add these yourself if they are true.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same, as Markdown.
    public func markdownReport(output: String) -> String {
        var lines = [
            "# Tailored resume: \(escapeMarkdown(before.title ?? before.posting))", "",
            "Written to `\(output)`. Score \(before.score) → **\(after.score)** (potential \(after.potentialScore)).",
            "",
            "| Change | What | Why | Where |", "|---|---|---|---|",
        ]
        for change in changes {
            lines.append(
                "| \(change.kind.rawValue) | \(escapeMarkdown(change.detail)) | \(escapeMarkdown(change.reason)) | `\(change.path)` |"
            )
        }
        if !missingRequired.isEmpty {
            lines += ["", "Still missing (required): " + missingRequired.map(escapeMarkdown).joined(separator: ", ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same, as JSON (`docs/formats.md`): the scores, the changes, the additions.
    public func jsonReport(output: String) throws -> Data {
        struct Report: Encodable {
            var output: String
            var resume: String
            var posting: String
            var scoreBefore: Int
            var scoreAfter: Int
            var potentialScore: Int
            var changes: [TailorChange]
            var additions: [String]
            var respellings: [String: String]
            var missingRequired: [String]
        }
        let report = Report(
            output: output, resume: before.resume, posting: before.posting, scoreBefore: before.score,
            scoreAfter: after.score, potentialScore: after.potentialScore, changes: changes, additions: additions,
            respellings: respellings,
            missingRequired: missingRequired)
        return try VersionedJSON.encode(report, schemaVersion: 1)
    }

    /// The required skills the tailored resume still lacks: JobFit never adds them itself.
    private var missingRequired: [String] {
        after.requirements.filter { $0.status == .missing && $0.level == .required }.map(\.name)
    }
}
