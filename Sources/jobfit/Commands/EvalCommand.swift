import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit eval`: extraction measured against hand labels.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure skill extraction against hand-labelled postings: precision, recall, F1, level accuracy.",
        discussion: """
            Reads every *.labels.json under --labels (format: docs/formats.md), finds each posting
            under --jobs by the label's "document" path (the part after "jobs/"), extracts, and
            scores: an extracted skill matches a label when its name or a mention's text equals the
            label's name or one of its forms (case and spacing ignored); optional labels count on
            neither side.

            Example:
              jobfit eval --labels Tests/JobFitCoreTests/Fixtures/labels --jobs Tests/JobFitCoreTests/Fixtures/jobs
            """
    )

    @Option(help: ArgumentHelp("Folder of *.labels.json files (searched recursively).", valueName: "dir"))
    var labels: String

    @Option(help: ArgumentHelp("Folder the labels' documents are under.", valueName: "dir"))
    var jobs: String

    @Flag(help: "List every miss, false positive and level error per document.")
    var details = false

    @OptionGroup var taxonomyOptions: TaxonomyOptions

    func run() throws {
        try reportingErrors {
            let extractor = SkillExtractor(matcher: try taxonomyOptions.matcher())
            var report = EvaluationReport()
            let files = try labelFiles()
            guard !files.isEmpty else { throw ValidationError("no *.labels.json files under \(labels).") }
            for file in files {
                let labelFile: LabelFile
                do {
                    labelFile = try JSONDecoder().decode(LabelFile.self, from: Data(InputFile.read(file)))
                } catch let error as DecodingError {
                    throw ValidationError("\(file): not a label file (\(error.localizedDescription)).")
                }
                let document = documentPath(labelFile.document)
                let posting = try JobPostingParser().parse(InputFile.read(document), source: document)
                report.add(extractor.extract(posting), labels: labelFile)
            }
            print(summary(report))
        }
    }

    private func summary(_ report: EvaluationReport) -> String {
        func cell(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
        }
        func row(_ name: String, _ counts: EvaluationReport.Counts) -> String {
            name.padding(toLength: 20, withPad: " ", startingAt: 0)
                + [counts.precision, counts.recall, counts.f1].map { cell(String(format: "%.3f", $0), 10) }.joined()
                + cell(String(counts.extracted), 10) + cell(String(counts.labels), 10)
        }
        var lines = [
            "kind".padding(toLength: 20, withPad: " ", startingAt: 0)
                + ["precision", "recall", "F1", "extracted", "labels"].map { cell($0, 10) }.joined()
        ]
        lines.append(row("hard+certification", report.hardAndCertification))
        for kind in Skill.Kind.allCases { lines.append(row(kind.rawValue, report.byKind[kind] ?? .init())) }
        lines.append(
            String(
                format: "level accuracy: %.3f (%d of %d)", report.levelAccuracy, report.levelCorrect, report.levelTotal)
        )
        if details {
            for document in report.documents {
                lines.append("")
                lines.append("== \(document.document)")
                for miss in document.misses { lines.append("  miss: \(miss)") }
                for extra in document.falsePositives { lines.append("  extra: \(extra)") }
                for error in document.levelErrors { lines.append("  level: \(error)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func labelFiles() throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: labels) else {
            throw IngestionError.pathNotFound(labels)
        }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".labels.json") }.map { labels + "/" + $0 }
            .sorted()
    }

    private func documentPath(_ document: String) -> String {
        if let range = document.range(of: "jobs/") { return jobs + "/" + document[range.upperBound...] }
        return jobs + "/" + document
    }
}
