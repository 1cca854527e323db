import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit tailor`: a resume tailored to one posting, from the master resume.
struct TailorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tailor",
        abstract: "Build a resume tailored to a job posting from the master resume, without inventing anything.",
        discussion: """
            Skills are reordered (the posting's required skills first), work highlights and
            projects ordered by relevance and, with --max-pages, the least relevant left out;
            the best summary variant is chosen (meta.jobfit.summaries, docs/tailoring.md); a
            skill the resume names another way is written the posting's way. The only skills
            added are those the resume supports without stating them (EKS => Kubernetes).

            Every output is fact-checked: a skill, name, number or date that the master lacks
            stops the command and nothing is written. A PDF or DOCX is also read back and checked
            (--no-verify skips that check only). --report writes every change with its reason
            (.json, .md, or text).

            Examples:
              jobfit tailor resume.json posting.html -o tailored.pdf --report changes.md
              jobfit tailor resume.json posting.txt -o tailored.docx --max-pages 2
              jobfit tailor resume.json posting.md -o tailored.json

            Exit codes: 0 written; 4 the fact check or the read-back check failed (nothing
            written); 64, 65, 66, 73 as for every command (docs/cli.md).
            """
    )

    @Argument(help: ArgumentHelp("The master resume, or - for standard input.", valueName: "resume"))
    var resume: String

    @Argument(help: ArgumentHelp("The job posting file, or - for standard input.", valueName: "job"))
    var job: String

    @Option(help: ArgumentHelp("Also write what changed and why (.json, .md, or text).", valueName: "file"))
    var report: String?

    @Option(
        help: ArgumentHelp("Leave out the least relevant items until the PDF fits this many pages.", valueName: "n"))
    var maxPages: Int?

    @Flag(help: "Write a respelled skill with the resume's own spelling after it: PostgreSQL (Postgres).")
    var keepOriginalSpelling = false

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var output: ResumeOutputOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions
    @OptionGroup var taxonomyOptions: TaxonomyOptions

    func validate() throws {
        if resume == "-" && job == "-" {
            throw ValidationError("Only one of the resume and the job can be read from -.")
        }
        if let maxPages, maxPages < 1 { throw ValidationError("--max-pages must be 1 or more.") }
        if let report, report == output.output, report != "-" {
            throw ValidationError("--report and -o name the same file.")
        }
    }

    func run() throws {
        try reportingErrors {
            let inputs = [resume, job]
            // Both outputs are checked before the work, so neither is written when the other cannot be.
            try output.checkWritable([output.output] + (report.map { [$0] } ?? []), inputs: inputs)
            let tailor = ResumeTailor(
                matcher: ResumeMatcher(extractor: SkillExtractor(matcher: try taxonomyOptions.matcher())))
            let master = try input.resume(at: resume, resumeLimits)
            let posting = try input.posting(at: job, resumeLimits)
            let (tailored, rendered) = try ResumeExport.tailor(
                master, to: posting, format: try output.resolvedFormat, options: output.renderOptions,
                tailoring: TailorOptions(
                    maximumPages: maxPages, keepOriginalSpelling: keepOriginalSpelling,
                    asOf: asOf.date),
                tailor: tailor, verify: !output.noVerify, path: output.output)
            try output.write(rendered.data, inputs: inputs)
            if let report {
                let data: Data
                switch (report as NSString).pathExtension.lowercased() {
                case "json": data = try tailored.jsonReport(output: output.output)
                case "md", "markdown": data = Data(tailored.markdownReport(output: output.output).utf8)
                default: data = Data(tailored.textReport(output: output.output).utf8)
                }
                try output.write(data, to: report, inputs: inputs + [output.output])
            }
            if let maxPages, let pages = rendered.pageCount ?? tailored.pageCount, pages > maxPages {
                printToStandardError(
                    "jobfit: warning: the resume still takes \(pages) pages, over the budget of \(maxPages), with every role down to one highlight and no projects; shorten it by hand."
                )
            }
            if output.output != "-" {
                let pages = rendered.pageCount.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? ""
                printToStandardError(
                    "jobfit: wrote \(output.output) (\(rendered.format.rawValue)\(pages)); score \(tailored.before.score) → \(tailored.after.score), \(tailored.changes.count) change\(tailored.changes.count == 1 ? "" : "s")"
                )
            }
        }
    }
}
