import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit bench render-docx`: how long one DOCX render takes.
struct RenderDOCXBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-docx",
        abstract: "Measure DOCX rendering: milliseconds per resume on one core.",
        discussion: """
            Lays out the resume once, then renders it to DOCX repeatedly (in memory) and prints
            the median and mean time of one render. --repeat makes a longer resume by repeating
            its experience and project entries; the default, 2, makes the example resume two
            pages long. Build with -c release for meaningful figures:

              swift build -c release && .build/release/jobfit bench render-docx
            """
    )

    @Argument(help: "The JSON Resume to render.")
    var resume: String = "Resources/examples/master-resume.json"

    @Option(help: "How many times to repeat the experience and project entries.")
    var `repeat`: Int = 2

    @Option(help: "The theme (classic, modern or a folder).")
    var theme: String = "classic"

    @Option(help: "The paper size (a4 or letter).")
    var paper: String = "a4"

    @Option(help: "How many seconds to measure for.")
    var seconds: Double = 2

    @Option(help: "Also write the measured document here, to look at.")
    var output: String?

    func validate() throws {
        guard `repeat` > 0, seconds > 0 else { throw ValidationError("--repeat and --seconds must be positive.") }
        guard Paper(rawValue: paper) != nil else { throw ValidationError("--paper must be a4 or letter.") }
    }

    func run() throws {
        try reportingErrors {
            let loaded = try ResumeLoader.load(try InputFile.read(resume), source: resume)
            let layout = DOCXRenderBenchmark.lengthened(ResumeLayout(resume: loaded), times: `repeat`)
            let options = RenderOptions(theme: theme, paper: Paper(rawValue: paper) ?? .a4)
            if let output {
                try OutputFile.write(DOCXResumeWriter.render(layout, options: options), to: output)
            }
            let result = try DOCXRenderBenchmark.run(layout, options: options, seconds: seconds)
            let entries = layout.sections.reduce(0) { $0 + $1.entries.count }
            print(
                "\(resume) x\(`repeat`): \(layout.sections.count) sections, \(entries) entries, \(result.bytes) bytes")
            print(
                String(
                    format: "docx: %.2f ms median, %.2f ms mean per render (%d renders, one core)",
                    result.medianMilliseconds, result.meanMilliseconds, result.renders))
        }
    }
}
