import Foundation

/// Writes a long output in pieces, atomically: to a temporary file beside the target, renamed
/// over it by ``finish()``, so an interrupted run leaves no partial file (see ``OutputFile``).
///
/// Standard output (`-`) is written as it comes. Owns a file handle, so it is a class.
public final class StreamingOutputFile {
    /// The target path, or `-`.
    public let path: String
    /// The temporary file being written, when the target is a file (remove it on interruption).
    public let temporaryPath: String?
    /// The resolved target that ``finish()`` renames the temporary file over; `nil` for `-`.
    private let target: URL?
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var finished = false

    /// Opens a temporary file beside `path` (or standard output for `-`).
    ///
    /// - Parameters:
    ///   - inputs: Paths the command reads; writing over one of them needs `force`.
    /// - Throws: ``OutputError``.
    public init(path: String, inputs: [String] = [], force: Bool = false) throws {
        self.path = path
        guard path != "-" else {
            temporaryPath = nil
            target = nil
            handle = FileHandle.standardOutput
            return
        }
        let target = try OutputFile.checkedTarget(path, inputs: inputs, force: force)
        if OutputFile.isSpecialFile(target) {
            // A device or pipe (`/dev/null`, a named pipe) is written in place, never replaced.
            guard let handle = FileHandle(forWritingAtPath: target.path) else {
                throw OutputError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            temporaryPath = nil
            self.target = nil
            self.handle = handle
            return
        }
        let temporary = OutputFile.temporaryFile(beside: target).path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw OutputError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        self.temporaryPath = temporary
        self.target = target
        self.handle = handle
    }

    deinit {
        if !finished, let temporaryPath {
            try? handle.close()
            unlink(temporaryPath)
        }
    }

    /// Appends text, writing it out in blocks of 64 KB.
    ///
    /// - Throws: ``OutputError`` when writing fails.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered, then renames the temporary file over the target.
    ///
    /// - Throws: ``OutputError`` when writing or renaming fails (the temporary file is removed).
    public func finish() throws {
        try flush()
        finished = true
        guard let temporaryPath, let target else {
            if path != "-" { try? handle.close() }
            return
        }
        do {
            try handle.close()
        } catch {
            unlink(temporaryPath)
            throw OutputError.cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
        if rename(temporaryPath, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError.cannotWrite(path, reason: reason)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            if let temporaryPath { unlink(temporaryPath) }
            finished = true
            throw OutputError.cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
