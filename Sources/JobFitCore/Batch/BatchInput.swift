import Foundation

/// One input of a batch: a file, or a posting given inline (a JSON Lines record).
public enum BatchInput: Sendable, Equatable {
    /// A file, by path.
    case file(String)
    /// A posting's text or HTML, named by its `id`.
    case posting(id: String, text: String, format: DocumentFormat?)
    /// A JSON Lines record that could not be read, named `FILE:LINE`, with the reason.
    case invalid(name: String, message: String)

    /// The name the output gives the input: its path, `id` or `FILE:LINE`.
    public var name: String {
        switch self {
        case .file(let path): path
        case .posting(let id, _, _): id
        case .invalid(let name, _): name
        }
    }

    /// File extensions read as resumes when a folder is given.
    public static let resumeExtensions: Set<String> = ["json", "yaml", "yml", "txt", "md", "docx", "pdf"]
    /// File extensions read as postings when a folder is given.
    public static let postingExtensions: Set<String> = ["txt", "md", "html", "htm"]

    /// The files `paths` name: files as given, and, under folders (recursively), files with
    /// one of `extensions`; sorted by path, each once.
    ///
    /// - Parameter maximumCount: The most files to list; the walk stops as soon as there are more.
    /// - Throws: ``IngestionError/pathNotFound(_:)`` for a path that does not exist, and
    ///   ``IngestionError/tooManyDocuments(_:count:limit:)`` past `maximumCount`.
    public static func files(
        in paths: [String], extensions: Set<String>, maximumCount: Int = .max
    ) throws -> [BatchInput] {
        var files: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestionError.pathNotFound(path)
            }
            guard isDirectory.boolValue else {
                files.insert(path)
                if files.count > maximumCount { throw tooMany(paths, files.count, maximumCount) }
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let entry = enumerator?.nextObject() as? String {
                let name = (entry as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains((entry as NSString).pathExtension.lowercased())
                else { continue }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + "/" + entry, isDirectory: &isFolder),
                    !isFolder.boolValue
                {
                    files.insert(base + "/" + entry)
                    if files.count > maximumCount { throw tooMany(paths, files.count, maximumCount) }
                }
            }
        }
        return files.sorted().map { .file($0) }
    }

    private static func tooMany(_ paths: [String], _ count: Int, _ limit: Int) -> IngestionError {
        .tooManyDocuments(paths.joined(separator: ", "), count: count, limit: limit)
    }

    /// The postings of a JSON Lines text, one object a line: `{"id": "…", "text": "…"}` or
    /// `{"id": "…", "html": "…"}`; blank lines are skipped, and a line that is not such an
    /// object becomes an ``invalid(name:message:)`` input named `SOURCE:LINE`.
    ///
    /// A record without an `id` is named `SOURCE:LINE`.
    public static func postings(jsonLines bytes: [UInt8], source: String) -> [BatchInput] {
        var inputs: [BatchInput] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let place = "\(source == "-" ? "stdin" : source):\(index + 1)"
            if let input = posting(jsonLine: line, place: place) { inputs.append(input) }
        }
        return inputs
    }

    /// The posting of one JSON Lines line found at `place` (`SOURCE:LINE`); `nil` for a blank line.
    static func posting(jsonLine line: ArraySlice<UInt8>, place: String) -> BatchInput? {
        let text = String(decoding: line, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch let error as JSONValueError {
            return .invalid(
                name: place, message: "\(place): is not valid JSON (\(error.message)); write one object a line.")
        } catch {
            return .invalid(name: place, message: "\(place): is not valid JSON; write one object a line.")
        }
        let id = value["id"]?.text ?? place
        if let html = value["html"]?.text {
            return .posting(id: id, text: html, format: .html)
        } else if let body = value["text"]?.text {
            return .posting(id: id, text: body, format: nil)
        }
        return .invalid(
            name: id,
            message:
                "\(place): has no \"text\" or \"html\" string; write {\"id\": \"…\", \"text\": \"…\"} on each line.")
    }
}

/// A deterministic share of a batch's postings, for running one batch as `N` processes.
///
/// Shard `I` of `N` (`I` from 1) takes the postings whose position in the sorted list (files by
/// path, then JSON Lines records in order), counted from 0, leaves `I - 1` when divided by `N`.
/// Every resume is scored against the shard's postings; a resume that cannot be read is listed
/// by shard 1 only, so the shards' outputs put together hold each row once.
public struct BatchShard: Sendable, Equatable {
    /// The shard's number, from 1.
    public var index: Int
    /// The number of shards.
    public var count: Int

    /// Creates shard `index` of `count`; `nil` unless `1 <= index <= count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` (`2/8`); `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether the item at `position` (from 0) belongs to this shard.
    public func contains(_ position: Int) -> Bool {
        position % count == index - 1
    }
}
