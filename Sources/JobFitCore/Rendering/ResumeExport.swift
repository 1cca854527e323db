public import Foundation

/// A resume rendered to a file format, with the text read back from it.
public struct RenderedResume: Sendable {
    /// The file's bytes.
    public var data: Data
    /// The format.
    public var format: ResumeOutputFormat
    /// Pages, for PDF.
    public var pageCount: Int?
    /// The text read back from `data` the way an applicant tracking system would (JobFit's own
    /// PDF and DOCX readers, the HTML's text, the JSON's strings).
    public var readBack: String
}

/// Why a rendered resume was not written.
public enum ResumeExportError: Error, Equatable, Sendable {
    /// The render-and-reparse check found parts that did not come back out of the file.
    case unreadable(path: String, format: ResumeOutputFormat, failures: [RenderVerifier.Failure])
    /// The tailored resume states something the master resume does not.
    case unsupportedFacts(path: String, violations: [FactCheck.Violation])
}

extension ResumeExportError: LocalizedError {
    /// The message shown to people: what failed and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let format, let failures):
            let list = failures.prefix(8).map { "  - \($0)" }.joined(separator: "\n")
            let more = failures.count > 8 ? "\n  - and \(failures.count - 8) more" : ""
            return """
                \(path): the \(format.rawValue.uppercased()) did not read back correctly, so an applicant \
                tracking system may miss it:
                \(list)\(more)
                Nothing was written. Try another --theme, or pass --no-verify to write it anyway.
                """
        case .unsupportedFacts(let path, let violations):
            let list = violations.prefix(8).map { "  - \($0)" }.joined(separator: "\n")
            let more = violations.count > 8 ? "\n  - and \(violations.count - 8) more" : ""
            return """
                \(path): the tailored resume states what the master resume does not:
                \(list)\(more)
                Nothing was written. This is a bug in the theme or in JobFit; please report it.
                """
        }
    }
}

/// Renders resumes to files and checks them: the render-and-reparse verification and, for
/// tailored resumes, the fact check.
public enum ResumeExport {
    /// Renders `resume` as `format`.
    public static func render(
        _ resume: Resume, format: ResumeOutputFormat, options: RenderOptions
    ) throws
        -> RenderedResume
    {
        if format == .json {
            let data = try json(resume)
            let text = FactCheck.strings(in: resume.document).joined(separator: "\n")
            return RenderedResume(data: data, format: format, pageCount: nil, readBack: text)
        }
        let layout = ResumeLayout(resume: resume)
        switch format {
        case .pdf:
            let pdf = try PDFResumeRenderer.render(layout, options: options)
            let text = try ResumeDocumentReader.text(fromPDF: Array(pdf.data), source: "rendered PDF")
            return RenderedResume(data: pdf.data, format: format, pageCount: pdf.pageCount, readBack: text)
        case .docx:
            let data = try DOCXResumeWriter.render(layout, options: options)
            let text = try ResumeDocumentReader.markdown(fromDOCX: Array(data), source: "rendered DOCX")
            return RenderedResume(data: data, format: format, pageCount: nil, readBack: text)
        case .html:
            let html = try ThemeRenderer.render(layout, format: format, options: options)
            let posting = try JobPostingParser().parse(Array(html.utf8), source: "rendered HTML", format: .html)
            return RenderedResume(data: Data(html.utf8), format: format, pageCount: nil, readBack: posting.text)
        case .markdown, .text, .json:
            let text = try ThemeRenderer.render(layout, format: format, options: options)
            return RenderedResume(data: Data(text.utf8), format: format, pageCount: nil, readBack: text)
        }
    }

    /// Renders `resume` and, for PDF and DOCX when `verify` is set, checks that its name,
    /// contact details, headings, dates and `keywords` (by default its skills) read back.
    ///
    /// - Parameter path: The output's name, for messages.
    /// - Throws: ``ResumeExportError/unreadable(path:format:failures:)`` when they do not.
    public static func renderVerified(
        _ resume: Resume, format: ResumeOutputFormat, options: RenderOptions, verify: Bool = true,
        keywords: [String]? = nil, path: String
    ) throws -> RenderedResume {
        let rendered = try render(resume, format: format, options: options)
        if verify, format == .pdf || format == .docx {
            let layout = ResumeLayout(resume: resume)
            let failures = RenderVerifier.verify(
                layout, keywords: keywords ?? layout.metadata.keywords, readBack: rendered.readBack)
            if !failures.isEmpty { throw ResumeExportError.unreadable(path: path, format: format, failures: failures) }
        }
        return rendered
    }

    /// Tailors `master` to `posting`, renders the result as `format` and checks it.
    ///
    /// The fact check runs always, the render-and-reparse verification for PDF and DOCX when
    /// `verify` is set. The page budget is measured on the PDF rendering, whatever the format.
    ///
    /// - Throws: ``ResumeExportError`` when a check fails; nothing should be written then.
    public static func tailor(
        _ master: Resume, to posting: JobPosting, format: ResumeOutputFormat, options: RenderOptions,
        tailoring: TailorOptions, tailor: ResumeTailor = ResumeTailor(), verify: Bool = true, path: String
    ) throws -> (tailored: TailoredResume, rendered: RenderedResume) {
        let tailored = try tailor.tailor(
            master, to: posting, options: tailoring,
            pageCount: { candidate in
                try PDFResumeRenderer.render(ResumeLayout(resume: candidate), options: options).pageCount
            })
        let matched = tailored.after.requirements.filter { $0.status == .matched || $0.status == .partial }
            .flatMap { $0.evidence.map(\.text) }
        let rendered = try renderVerified(
            tailored.resume, format: format, options: options, verify: verify,
            keywords: matched + ResumeLayout(resume: tailored.resume).metadata.keywords, path: path)
        // JobFit's own words come from a built-in theme; a user theme's may only add labels.
        let userTheme = !RenderOptions.builtInThemes.contains(options.theme)
        var builtIn = options
        if userTheme { builtIn.theme = RenderOptions.builtInThemes[0] }
        let baseline = try render(master, format: format, options: builtIn).readBack
        let themeText = userTheme ? try render(master, format: format, options: options).readBack : ""
        // A variant may take more pages than the master did: its page footers are JobFit's words.
        let footers = (1...max(rendered.pageCount ?? 1, 1)).map { "Page \($0) of \(rendered.pageCount ?? 1)" }
        let check = FactCheck(
            master: master, baseline: baseline + "\n" + footers.joined(separator: "\n"), themeText: themeText,
            allowed: tailored.additions + tailored.respellings.keys.sorted(), extractor: tailor.matcher.extractor)
        let violations = check.violations(in: rendered.readBack)
        if !violations.isEmpty { throw ResumeExportError.unsupportedFacts(path: path, violations: violations) }
        return (tailored, rendered)
    }

    /// A JSON Resume document as pretty-printed JSON, keys sorted (stable output).
    public static func json(_ resume: Resume) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(resume.document)
        data.append(0x0A)
        return data
    }
}
