public import Foundation

/// Runs a command-line tool (pdftotext, pdffonts, pdfinfo…) and returns what it printed.
public enum ExternalTool {
    /// Whether `name` is an executable on `PATH` (or, given as a path, an executable file).
    public static func isInstalled(_ name: String) -> Bool {
        path(of: name) != nil
    }

    /// Runs `name` with `arguments` and returns its standard output.
    ///
    /// - Throws: ``ExternalToolError`` when the tool is missing or exits with a failure.
    public static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let executable = path(of: name) else { throw ExternalToolError.notInstalled(name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ExternalToolError.failed(name, arguments: arguments, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func path(of name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Why ``ExternalTool/run(_:_:)`` failed.
public enum ExternalToolError: Error, Equatable {
    /// The tool is not on `PATH` (Scripts/bootstrap.sh installs the test tools).
    case notInstalled(String)
    /// The tool exited with a failure status.
    case failed(String, arguments: [String], status: Int32)
}
