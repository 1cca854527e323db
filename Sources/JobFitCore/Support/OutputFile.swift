public import Foundation

/// Why output could not be written.
public enum OutputError: Error, Equatable, Sendable {
    /// The output path is one of the inputs.
    case wouldOverwriteInput(String)
    /// The output file exists and the command does not replace files without `--force`.
    case exists(String)
    /// Writing failed.
    case cannotWrite(String, reason: String)
    /// The rows of a batch by resume could not be held in a temporary file in this folder.
    case cannotSpill(String, reason: String)
}

extension OutputError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .wouldOverwriteInput(let path):
            return "\(path): is also an input; choose another output file, or pass --force to replace it."
        case .exists(let path):
            return "\(path): already exists; choose another output file, or pass --force to replace it."
        case .cannotWrite(let path, let reason):
            return "\(path): cannot be written (\(reason)); check that the folder exists and is writable."
        case .cannotSpill(let folder, let reason):
            return "\(folder): cannot hold the temporary rows of --by resume (\(reason)); set TMPDIR to a writable "
                + "folder with room for the output, or use --by job or --top, which need no temporary file."
        }
    }
}

/// Writes output files atomically: to a temporary file beside the target, then renamed over it,
/// so that a reader never sees a half-written file and an interrupted run leaves nothing behind.
public enum OutputFile {
    /// Writes `data` to `path`, or to standard output when `path` is `-`.
    ///
    /// - Parameters:
    ///   - inputs: Paths the command read; writing over one of them needs `force`.
    ///   - replacing: Whether an existing file may be replaced (`render` and `tailor` pass their
    ///     `--force`; the report commands replace their outputs as before).
    /// - Throws: ``OutputError``.
    public static func write(
        _ data: Data, to path: String, inputs: [String] = [], force: Bool = false, replacing: Bool = true
    ) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let target = try checkedTarget(path, inputs: inputs, force: force, replacing: replacing)
        if isSpecialFile(target) {
            try writeDirectly(data, to: target, path: path)
            return
        }
        let temporary = temporaryFile(beside: target)
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw OutputError.cannotWrite(path, reason: reason)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Checks, before any work, that ``write(_:to:inputs:force:replacing:)`` may write `path`.
    ///
    /// - Throws: ``OutputError``.
    public static func check(_ path: String, inputs: [String] = [], force: Bool = false, replacing: Bool = true) throws
    {
        if path != "-" { _ = try checkedTarget(path, inputs: inputs, force: force, replacing: replacing) }
    }

    /// The resolved target of `path`, after the checks every writer makes: it is not one of the
    /// `inputs` (unless `force`), and it does not exist yet (unless `replacing`).
    static func checkedTarget(_ path: String, inputs: [String], force: Bool, replacing: Bool = true) throws -> URL {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        if !force,
            inputs.contains(where: {
                $0 != "-" && URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() == target
            })
        {
            throw OutputError.wouldOverwriteInput(path)
        }
        if !replacing, FileManager.default.fileExists(atPath: target.path) {
            throw OutputError.exists(path)
        }
        return target
    }

    /// Whether `target` exists and is neither a regular file nor a folder.
    ///
    /// A device such as `/dev/null`, a named pipe or a socket is written in place: renaming a
    /// file over it would replace the device itself (as root, `-o /dev/null` would leave a
    /// regular file there).
    static func isSpecialFile(_ target: URL) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType
        else { return false }
        return type != .typeRegular && type != .typeDirectory
    }

    private static func writeDirectly(_ data: Data, to target: URL, path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: target.path) else {
            throw OutputError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw OutputError.cannotWrite(path, reason: (error as NSError).localizedDescription)
        }
    }

    /// A new hidden file name beside `target` to write into before renaming over it: in the same
    /// folder, so that the rename stays on one file system and is atomic.
    static func temporaryFile(beside target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    }
}
