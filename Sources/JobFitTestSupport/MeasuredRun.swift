public import Foundation

/// What one measured run of the `jobfit` binary produced, and what it cost.
public struct MeasuredResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended the process.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
    /// User plus system CPU time, in seconds: unlike wall-clock time, it does not grow when
    /// other processes share the cores.
    public var cpuSeconds: Double
    /// The peak resident memory of the process, in megabytes (`ru_maxrss`).
    public var peakMegabytes: Double
}

extension CLIRunner {
    /// How much slower a sanitizer build is allowed to be, from `JOBFIT_BOUNDS_SCALE` (1 by default;
    /// `Scripts/sanitize.sh` sets it, since AddressSanitizer and ThreadSanitizer cost time and memory).
    public static var boundsScale: Double {
        ProcessInfo.processInfo.environment["JOBFIT_BOUNDS_SCALE"].flatMap(Double.init) ?? 1
    }

    /// Runs `jobfit` with `arguments` and measures its CPU time and peak memory.
    ///
    /// `jobfit` runs under GNU `time` (`/usr/bin/time`, Debian package `time`), which forks it
    /// and reads its `ru_maxrss` and CPU times with `wait4`: the figures are that process's alone.
    /// They cannot be read from here: `getrusage(RUSAGE_CHILDREN)` mixes every child of the test
    /// process, and a child started by `posix_spawn` (as Foundation's `Process` does) shares this
    /// process's memory until it executes, so its `ru_maxrss` counts the test process's too.
    /// Standard output and standard error go to temporary files, so large outputs cannot block.
    ///
    /// - Parameters:
    ///   - input: A file to read standard input from (`/dev/null` when `nil`).
    ///   - directory: The working directory; the package root by default.
    public static func runMeasured(
        _ arguments: [String], input: URL? = nil, in directory: URL = PackageFiles.root
    ) throws -> MeasuredResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobfit-measured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputPath = scratch.appendingPathComponent("stdout").path
        let errorPath = scratch.appendingPathComponent("stderr").path
        let usagePath = scratch.appendingPathComponent("usage").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input?.path ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // `env -C` changes the working directory, then replaces itself with jobfit (the same process);
        // Glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift.
        let command = ["time", "-f", "%U %S %M", "-o", usagePath, "env", "-C", directory.path, executable.path]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/usr/bin/time", &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(spawned))])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}

        // The last line is "user system maxrss-in-KB" (a line before it names a fatal signal).
        let usage = contents(usagePath)
        let figures = usage.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
        guard figures.count == 3 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "time wrote \(usage)"])
        }
        // GNU time exits with the command's status, or 128 + the signal that ended it.
        let exited = status & 0x7F == 0
        return MeasuredResult(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            standardOutput: contents(outputPath), standardError: contents(errorPath),
            cpuSeconds: figures[0] + figures[1], peakMegabytes: figures[2] / 1024)
    }

    /// A file's text. (`Data(contentsOf:)` leaks a 4 KB buffer per empty file in Swift 6.3's
    /// FoundationEssentials, which LeakSanitizer reports.)
    private static func contents(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
    }
}
