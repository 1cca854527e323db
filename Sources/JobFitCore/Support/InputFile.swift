import Foundation

/// Reads input files (or standard input) with the checks every command needs: the file
/// exists, is a regular file, is readable, and is not larger than a limit.
public enum InputFile {
    /// The default largest input, in bytes (10 MB).
    public static let defaultMaximumBytes = 10_000_000

    /// Reads `path`, or standard input when `path` is `-`.
    ///
    /// - Throws: ``IngestionError`` naming the path and what is wrong.
    public static func read(_ path: String, maximumBytes: Int = defaultMaximumBytes) throws -> [UInt8] {
        if path == "-" {
            return try readStandardInput(maximumBytes: maximumBytes)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestionError.fileNotFound(path)
        }
        if isDirectory.boolValue { throw IngestionError.isDirectory(path) }
        guard FileManager.default.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestionError.unreadable(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, size.intValue > maximumBytes
        {
            throw IngestionError.tooLarge(path, size: size.intValue, limit: maximumBytes)
        }
        do {
            // Read one byte past the limit so that a file that grows (or a FIFO) is still caught.
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes { throw IngestionError.tooLarge(path, size: data.count, limit: maximumBytes) }
            return [UInt8](data)
        } catch let error as IngestionError {
            throw error
        } catch {
            throw IngestionError.unreadable(path, reason: (error as NSError).localizedDescription)
        }
    }

    private static func readStandardInput(maximumBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let handle = FileHandle.standardInput
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                throw IngestionError.unreadable("-", reason: (error as NSError).localizedDescription)
            }
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > maximumBytes {
                throw IngestionError.tooLarge("standard input", size: bytes.count, limit: maximumBytes)
            }
        }
        return bytes
    }
}
