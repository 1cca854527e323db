import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit render`: the resume builder without a job.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a resume as PDF, DOCX, HTML, Markdown, text or JSON Resume.",
        discussion: """
            The resume is a JSON Resume (JSON or YAML), or plain text, Markdown, DOCX or PDF read
            into one. The output's extension picks the format unless --format is given. A PDF or
            DOCX is read back after rendering, and nothing is written unless the name, contact
            details, every heading, every date and every skill come out of it in order (the check
            an applicant tracking system needs; --no-verify skips it). The output is written
            atomically; an existing file is replaced only with --force, an input never.

            Examples:
              jobfit render resume.json -o resume.pdf
              jobfit render resume.yaml -o resume.docx --paper letter
              jobfit render resume.json -o - --format markdown --theme modern

            Exit codes: 0 written; 4 the file did not read back (nothing written); 64, 65, 66, 73
            as for every command (docs/cli.md).
            """
    )

    @Argument(help: ArgumentHelp("The resume file, or - for standard input.", valueName: "resume"))
    var resume: String

    @OptionGroup var output: ResumeOutputOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions

    func run() throws {
        try reportingErrors {
            try output.checkWritable([output.output], inputs: [resume])
            let loaded = try input.resume(at: resume, resumeLimits)
            let rendered = try ResumeExport.renderVerified(
                loaded, format: try output.resolvedFormat, options: output.renderOptions, verify: !output.noVerify,
                path: output.output)
            try output.write(rendered.data, inputs: [resume])
            if output.output != "-" {
                let pages = rendered.pageCount.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? ""
                printToStandardError("jobfit: wrote \(output.output) (\(rendered.format.rawValue)\(pages))")
            }
        }
    }
}
