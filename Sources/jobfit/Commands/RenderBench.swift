import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit bench render`: milliseconds per rendered resume, on one core.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Measure how long a two-page resume takes to render to PDF and DOCX (ms per document, one core).",
        discussion: """
            Reads the resume, repeats its experience entries until it fills --pages pages, and
            renders it to PDF, then the same layout to DOCX, over and over for each theme and
            paper size (pages are the PDF's). Build with -c release
            for meaningful figures:

              swift build -c release && .build/release/jobfit bench render
            """
    )

    @Argument(help: "The resume to render (JSON Resume, YAML, text or Markdown).")
    var resume = "Resources/examples/master-resume.json"

    @Option(help: "How many pages the rendered resume should fill.")
    var pages = 2

    @Option(help: "Seconds to spend on each measurement.")
    var seconds = 2.0

    @Option(name: .customLong("theme"), help: "A theme to measure (repeatable; default: every built-in theme).")
    var themes: [String] = RenderOptions.builtInThemes

    @Option(name: .customLong("paper"), help: "A paper size to measure, a4 or letter (repeatable; default: both).")
    var papers: [String] = Paper.allCases.map(\.rawValue)

    @Option(help: "Also write the first measured PDF here, to look at.")
    var output: String?

    func validate() throws {
        guard pages > 0, seconds > 0 else { throw ValidationError("--pages and --seconds must be positive.") }
        for paper in papers where Paper(rawValue: paper) == nil {
            throw ValidationError("--paper must be a4 or letter, not \(paper).")
        }
    }

    func run() throws {
        try reportingErrors {
            let resume = try ResumeLoader.load(try InputFile.read(resume), source: resume)
            let base = ResumeLayout(resume: resume)
            // The process's first render loads fontconfig's cache and Pango's font map.
            let clock = ContinuousClock()
            let start = clock.now
            _ = try PDFResumeRenderer.render(base, options: RenderOptions())
            let cold = clock.now - start
            print(
                String(
                    format: "first render in this process (fonts loaded): %.1f ms",
                    Double(cold.components.attoseconds) / 1e15 + Double(cold.components.seconds) * 1000))
            print("format  theme    paper   pages  renders   ms/document      KB")
            var written = false
            for theme in themes {
                for paper in papers.compactMap(Paper.init(rawValue:)) {
                    let options = RenderOptions(theme: theme, paper: paper)
                    let layout = try RenderBenchmark.layout(base, pages: pages, options: options)
                    let result = try RenderBenchmark.run(layout, options: options, seconds: seconds)
                    print(Self.row("pdf", theme, paper, result))
                    let docx = try RenderBenchmark.runDOCX(
                        layout, options: options, pages: result.pages, seconds: seconds)
                    print(Self.row("docx", theme, paper, docx))
                    if let output, !written {
                        try OutputFile.write(
                            try PDFResumeRenderer.render(layout, options: options).data, to: output, force: true)
                        written = true
                    }
                }
            }
        }
    }

    private static func row(
        _ format: String, _ theme: String, _ paper: Paper, _ result: RenderBenchmark.Result
    )
        -> String
    {
        format.padding(toLength: 8, withPad: " ", startingAt: 0)
            + theme.padding(toLength: 8, withPad: " ", startingAt: 0) + " "
            + paper.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            + String(
                format: "%5d %8d %13.2f %7.0f", result.pages, result.renders, result.millisecondsPerDocument,
                Double(result.bytes) / 1024)
    }
}
