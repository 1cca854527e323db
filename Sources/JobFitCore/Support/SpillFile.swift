import Foundation

/// A private scratch file that text is appended to and read back from, a block at a time.
///
/// `jobfit batch --by resume` without `--top` writes each window's rows here (one block per
/// resume) and copies the blocks out in resume order once every posting is read. The file is
/// made with a unique name and mode 0600 (`mkstemp`) in the folder given, and its name is removed
/// at once: the open descriptor is the only way to it, so nothing is left behind however the
/// process ends (an error, Ctrl-C, even SIGKILL), and its space is given back when it is closed
/// (on `deinit`). Owns a file descriptor, so it is a class.
final class SpillFile {
    /// The folder the file was made in (named in errors).
    let directory: String
    /// Bytes appended so far: the offset the next block starts at.
    private(set) var size = 0
    private let descriptor: Int32

    /// Makes an empty scratch file in `directory` (the system's temporary folder, `TMPDIR`, by default).
    ///
    /// - Throws: ``OutputError/cannotSpill(_:reason:)`` when the file cannot be made there.
    init(directory: String? = nil) throws {
        var folder = directory ?? Self.temporaryDirectory
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        self.directory = folder
        var name = Array(((folder == "/" ? "" : folder) + "/jobfit-spill-XXXXXX").utf8CString)
        descriptor = name.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw OutputError.cannotSpill(folder, reason: String(cString: strerror(errno))) }
        // Nameless from now on: no path for another process to open, nothing to clean up later.
        _ = name.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
    }

    deinit {
        close(descriptor)
    }

    /// The folder scratch files go in when none is given: `TMPDIR`, or `/tmp`.
    static var temporaryDirectory: String {
        NSTemporaryDirectory()
    }

    /// Appends `text` (its UTF-8 bytes) at the end of the file.
    ///
    /// - Throws: ``OutputError/cannotSpill(_:reason:)`` when writing fails (a full disk, for one).
    func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw OutputError.cannotSpill(directory, reason: Self.reason()) }
                written += count
            }
        }
        size += text.utf8.count
    }

    /// Reads `length` bytes from `offset` (a block that was appended whole) and hands them to
    /// `body` as text, at most `chunkSize` bytes at a time, each chunk ending on a character's
    /// boundary (so a character split by the chunking is never broken).
    ///
    /// - Throws: ``OutputError/cannotSpill(_:reason:)`` when reading fails, or what `body` throws.
    func read(offset: Int, length: Int, chunkSize: Int = 1 << 18, _ body: (String) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: max(8, min(chunkSize, length)))
        var position = offset
        var carried = 0
        let end = offset + length
        while position < end {
            let wanted = min(buffer.count - carried, end - position)
            let count = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress.map { $0 + carried }, wanted, off_t(position))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw OutputError.cannotSpill(
                    directory, reason: count == 0 ? "the file is shorter than written" : Self.reason())
            }
            position += count
            let filled = carried + count
            // Hold back the first bytes of a character whose last bytes are not read yet.
            var cut = filled
            var lead = filled
            while lead > 0, buffer[lead - 1] & 0xC0 == 0x80 { lead -= 1 }
            if lead > 0, buffer[lead - 1] >= 0xC0 {
                let start = lead - 1
                let needed = buffer[start] >= 0xF0 ? 4 : buffer[start] >= 0xE0 ? 3 : 2
                if filled - start < needed { cut = start }
            }
            if cut > 0 { try body(String(decoding: buffer[..<cut], as: UTF8.self)) }
            carried = filled - cut
            for index in 0..<carried { buffer[index] = buffer[cut + index] }
        }
        if carried > 0 { try body(String(decoding: buffer[..<carried], as: UTF8.self)) }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
