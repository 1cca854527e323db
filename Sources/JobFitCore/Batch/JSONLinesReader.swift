public import Foundation

/// Reads postings from JSON Lines a line at a time, so that a batch never holds the whole input.
///
/// Each line is read as ``BatchInput/postings(jsonLines:source:)`` reads it: blank lines are
/// skipped, and a line that is not a posting object becomes an ``BatchInput/invalid(name:message:)``
/// input named `SOURCE:LINE` (`stdin:LINE` for standard input). Only the line being read and one
/// chunk of the input are held.
///
/// A class, because it owns an open file (or standard input) and reading moves through it.
public final class JSONLinesReader {
    /// The input as given: a path, or `-` for standard input.
    public let source: String
    private let read: () throws -> Data?
    private let maximumBytes: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of ``buffer`` starts.
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    private var bytesRead = 0

    /// Opens `path` (or standard input when `path` is `-`) for reading a line at a time.
    ///
    /// - Parameter maximumBytes: The most bytes the whole input may hold.
    /// - Throws: ``IngestionError`` when the file does not exist, is a folder or cannot be opened.
    public convenience init(path: String, maximumBytes: Int) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestionError.fileNotFound(path)
            }
            if isDirectory.boolValue { throw IngestionError.isDirectory(path) }
            guard FileManager.default.isReadableFile(atPath: path), let opened = FileHandle(forReadingAtPath: path)
            else {
                throw IngestionError.unreadable(path, reason: "permission denied")
            }
            handle = opened
        }
        self.init(source: path, maximumBytes: maximumBytes) {
            do {
                return try handle.read(upToCount: 1 << 16)
            } catch {
                throw IngestionError.unreadable(path, reason: (error as NSError).localizedDescription)
            }
        }
    }

    /// Reads the chunks `read` hands over, until it returns `nil` or no bytes.
    ///
    /// - Parameters:
    ///   - source: The name lines are given (`SOURCE:LINE`); `-` names them `stdin:LINE`.
    ///   - maximumBytes: The most bytes the whole input may hold.
    ///   - read: The next chunk of the input; called only when the lines read so far are used up.
    public init(source: String, maximumBytes: Int = .max, read: @escaping () throws -> Data?) {
        self.source = source
        self.maximumBytes = maximumBytes
        self.read = read
    }

    /// The next posting, or `nil` at the end of the input.
    ///
    /// - Throws: ``IngestionError/tooLarge(_:size:limit:)`` past the input's limit, and what reading throws.
    public func next() throws -> BatchInput? {
        while let line = try nextLine() {
            lineNumber += 1
            if let input = BatchInput.posting(jsonLine: line, place: place) { return input }
        }
        return nil
    }

    private var place: String {
        "\(source == "-" ? "stdin" : source):\(lineNumber)"
    }

    /// The bytes of the next line, without its `\n`; `nil` at the end.
    private func nextLine() throws -> ArraySlice<UInt8>? {
        var searched = start
        while true {
            if let end = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = end + 1 }
                return buffer[start..<end]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            // Drop what was handed out before reading more, so a long input never piles up.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searched = buffer.count
            let chunk = try read() ?? Data()
            if chunk.isEmpty {
                atEnd = true
                continue
            }
            bytesRead += chunk.count
            if bytesRead > maximumBytes {
                throw IngestionError.tooLarge(
                    source == "-" ? "standard input" : source, size: bytesRead, limit: maximumBytes)
            }
            buffer.append(contentsOf: chunk)
        }
    }
}
