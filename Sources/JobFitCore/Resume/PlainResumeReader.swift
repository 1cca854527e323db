import Foundation

/// Reads resumes written as plain text or Markdown (or extracted from DOCX/PDF as Markdown-like lines).
///
/// The result is a JSON Resume document, so the rest of JobFit reads it like any other resume:
/// `basics` from the lines above the first section, then `work`, `education`, `skills`,
/// `projects`, `certificates`… from the sections their headings name. Text that fits no field is
/// kept, as written, in a top-level `x-unsorted` array of strings; nothing is dropped.
///
/// ```swift
/// let resume = try PlainResumeReader.resume(fromText: text, source: "resume.md")
/// print(resume.work.map(\.position))
/// ```
public enum PlainResumeReader {
    /// Reads a resume, treating it as Markdown when its content (or a `.md` source name) says so.
    ///
    /// - Parameters:
    ///   - text: The decoded text of the resume.
    ///   - source: The name shown in messages and recorded in the resume (a path, or `-`).
    /// - Returns: A JSON Resume document with `meta.x-jobfit-source` set to `text` or `markdown`.
    /// - Throws: an error "no text found in NAME" when there is no text, never a placeholder resume.
    public static func resume(fromText text: String, source: String) throws -> Resume {
        let pathExtension = source.contains(".") ? source.split(separator: ".").last.map(String.init) : nil
        let isMarkdown = FormatDetector.detect(text, pathExtension: pathExtension) == .markdown
        return try resume(fromText: text, source: source, isMarkdown: isMarkdown)
    }

    /// Reads a resume as Markdown or as plain text, as the caller decided.
    ///
    /// - Throws: ``ResumeError/noText(_:)`` when there is no text.
    static func resume(
        fromText text: String, source: String, isMarkdown: Bool, isLaidOut: Bool = false
    ) throws -> Resume {
        let text = LineUnwrapper.unwrap(text, isLaidOut: isLaidOut)
        guard text.contains(where: { !$0.isWhitespace }) else { throw ResumeError.noText(source) }
        let sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let blocks = LineBlockReader(isMarkdown: isMarkdown, joinsLines: false).read(text)
        let lines = ResumeLine.lines(from: blocks, sourceLines: sourceLines)
        guard !lines.isEmpty else { throw ResumeError.noText(source) }
        var builder = PlainResumeBuilder(vocabulary: .standard)
        builder.read(lines, sourceLines: sourceLines)
        var document = builder.document
        var meta = document["meta"]?.objectValue ?? [:]
        meta["x-jobfit-source"] = .string(isMarkdown ? "markdown" : "text")
        document["meta"] = .object(meta)
        return Resume(document: .object(document), source: source)
    }
}

/// One line of a resume as the block reader saw it: a heading, a list item, a table row or text,
/// with its cells (a table row's cells, or the parts of a line laid out with wide gaps).
struct ResumeLine: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A heading; `isHashed` when written with `#` (so its level is the author's, not a guess).
        case heading(level: Int, isHashed: Bool)
        case item
        case row
        case text
    }

    var kind: Kind
    var cells: [String]
    /// The 1-based line number in the source.
    var number: Int

    /// The cells joined the way a reader would see them.
    var text: String { cells.joined(separator: " | ") }

    var isItem: Bool { kind == .item }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    /// Groups blocks that came from one source line (table cells, wide-gap parts) into one line.
    static func lines(from blocks: [RawBlock], sourceLines: [Substring]) -> [ResumeLine] {
        var lines: [ResumeLine] = []
        for block in blocks {
            if let last = lines.last, last.number == block.line, block.kind != .heading, !last.isHeading {
                lines[lines.count - 1].cells.append(block.text)
                if block.kind == .tableCell { lines[lines.count - 1].kind = .row }
                continue
            }
            let kind: Kind
            switch block.kind {
            case .heading:
                let source = block.line > 0 && block.line <= sourceLines.count ? sourceLines[block.line - 1] : ""
                kind = .heading(level: block.level, isHashed: source.drop(while: { $0 == " " }).hasPrefix("#"))
            case .listItem: kind = .item
            case .tableCell: kind = .row
            case .paragraph: kind = .text
            }
            lines.append(ResumeLine(kind: kind, cells: [block.text], number: block.line))
        }
        return lines
    }
}

extension JSONValue {
    /// The members when this is an object.
    var objectValue: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }
}
