public import ArgumentParser
import Foundation
import JobFitCore

/// Output options of the commands that write a resume (`render`, `tailor`).
struct ResumeOutputOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The file to write; its extension picks the format (.pdf .docx .html .md .txt .json). - writes a text format to standard output.",
            valueName: "file"))
    var output: String

    @Option(help: "The format, when the file name does not say: pdf, docx, html, markdown, text or json.")
    var format: ResumeOutputFormat?

    @Option(
        help: ArgumentHelp(
            "A built-in theme (classic: single column, ATS-safe; modern: accent colour), or a theme folder (docs/themes.md).",
            valueName: "name|folder"))
    var theme: String = "classic"

    @Option(help: "Paper size for PDF and DOCX: a4 or letter.")
    var paper: Paper = .a4

    @Flag(help: "Skip reading the PDF or DOCX back to check that headings, dates, contact details and skills come out.")
    var noVerify = false

    @Flag(help: "Replace the output file if it exists (an input file is never replaced).")
    var force = false

    /// The format asked for, by option or by the output's extension.
    var resolvedFormat: ResumeOutputFormat {
        get throws {
            if let format { return format }
            if let format = ResumeOutputFormat(path: output) { return format }
            throw ValidationError(
                output == "-"
                    ? "Writing to standard output needs --format (markdown, text, html or json)."
                    : "\(output): the extension names no format; use .pdf, .docx, .html, .md, .txt or .json, or pass --format."
            )
        }
    }

    var renderOptions: RenderOptions { RenderOptions(theme: theme, paper: paper) }

    func validate() throws {
        let format = try resolvedFormat
        if output == "-" && !format.isText {
            throw ValidationError(
                "A \(format.rawValue.uppercased()) cannot go to standard output; name a file with -o.")
        }
        if !renderOptions.themeExists {
            throw ValidationError(
                "--theme \(theme): no such theme; use \(RenderOptions.builtInThemes.joined(separator: " or ")), or a folder holding resume.html.mustache (docs/themes.md)."
            )
        }
    }

    /// Writes atomically; refuses to replace an input, and an existing file without `--force`.
    func write(_ data: Data, inputs: [String]) throws {
        try write(data, to: output, inputs: inputs)
    }

    /// Fails early, before any rendering, when `paths` cannot be written under these rules.
    func checkWritable(_ paths: [String], inputs: [String]) throws {
        for path in paths { try OutputFile.check(path, inputs: inputs, force: false, replacing: force) }
    }

    /// Writes another output of the same command (a report) under the same rules.
    func write(_ data: Data, to path: String, inputs: [String]) throws {
        try OutputFile.write(data, to: path, inputs: inputs, force: false, replacing: force)
    }
}

extension ResumeOutputFormat: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
