public import Foundation

/// What one run of the `jobfit` binary produced.
public struct CLIResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
}

/// Runs the built `jobfit` binary, as a user would, for end-to-end tests.
public enum CLIRunner {
    /// The `jobfit` binary beside the test bundle in the build products folder.
    public static var executable: URL {
        // Swift Testing on Linux runs from the products folder, where `jobfit` is built too.
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("jobfit")
    }

    /// Runs `jobfit` with `arguments`, feeding `input` to its standard input.
    ///
    /// - Parameters:
    ///   - directory: The working directory; the package root by default.
    ///   - environment: Variables to set on top of the test's own environment.
    public static func run(
        _ arguments: [String], input: Data = Data(), in directory: URL = PackageFiles.root,
        environment: [String: String] = [:]
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so that large outputs cannot deadlock the pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread {
            errorData.set(stderr.fileHandleForReading.readDataToEndOfFile())
        }
        errorReader.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return CLIResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// Data handed from a reader thread to the test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }

    func set(_ newValue: Data) { lock.withLock { data = newValue } }
}
