public import Foundation

/// Why a job posting could not be read.
///
/// Each message is one sentence that names the input, says what is wrong and what to do.
public enum IngestionError: Error, Equatable, Sendable {
    /// The path does not exist.
    case fileNotFound(String)
    /// A file or folder to list documents from does not exist (where `-` is not accepted).
    case pathNotFound(String)
    /// The path is a directory, not a file.
    case isDirectory(String)
    /// The file exists but cannot be opened for reading.
    case unreadable(String, reason: String)
    /// The file holds no bytes, or only white space.
    case empty(String)
    /// The file is larger than the allowed maximum.
    case tooLarge(String, size: Int, limit: Int)
    /// The bytes are not text (NUL bytes, mostly control characters).
    case binaryContent(String, reason: String)
    /// The document parsed but holds no readable text; `detail` says what was dropped, if anything.
    case noText(String, detail: String? = nil)
    /// The HTML parser could not build a document at all.
    case unparsableHTML(String)
    /// A batch names more documents than allowed; `name` is the inputs as given.
    case tooManyDocuments(String, count: Int, limit: Int)
}

extension IngestionError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let name):
            return "\(name): no such file; check the path, or pass - to read from standard input."
        case .pathNotFound(let name):
            return "\(name): no such file or folder; check the path."
        case .isDirectory(let name):
            return "\(name): is a directory; pass a job posting file (text, Markdown or HTML)."
        case .unreadable(let name, let reason):
            return "\(name): cannot be read (\(reason)); check its permissions."
        case .empty(let name):
            return "\(name): is empty; a job posting needs some text."
        case .tooLarge(let name, let size, let limit):
            return
                "\(name): is \(Self.megabytes(size)), over the \(Self.megabytes(limit)) limit; raise it with --max-bytes if the file is really a job posting."
        case .binaryContent(let name, let reason):
            return "\(name): does not look like text (\(reason)); pass a text, Markdown or HTML job posting."
        case .noText(let name, let detail?):
            return "\(name): holds no readable text: \(detail); save the page's visible text and pass that instead."
        case .noText(let name, nil):
            return
                "\(name): holds no readable text (only markup, scripts or white space); pass the posting's page or its text."
        case .unparsableHTML(let name):
            return "\(name): the HTML parser could not read it; save the page again or pass its text."
        case .tooManyDocuments(let name, let count, let limit):
            return
                "\(name): hold \(count) documents or more, over the limit of \(limit) for one batch (counted before --shard); run smaller batches, or raise the limit with --max-documents."
        }
    }

    /// The input the error is about.
    public var inputName: String {
        switch self {
        case .fileNotFound(let name), .pathNotFound(let name), .isDirectory(let name), .unreadable(let name, _),
            .empty(let name),
            .tooLarge(let name, _, _), .binaryContent(let name, _), .noText(let name, _), .unparsableHTML(let name),
            .tooManyDocuments(let name, _, _):
            return name
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(bytes) bytes" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
