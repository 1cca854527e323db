import Foundation
import JobFitCore
import Testing

/// The atomic output writers: nothing half-written is ever left at the target, and the checks
/// every writer makes (not over an input, not over an existing file unless asked).
@Suite struct OutputFileTests {
    /// A new empty folder, removed by the caller.
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    // MARK: - OutputFile

    @Test func writeReplacesOnlyWhenAllowed() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.md").path
        try OutputFile.write(Data("one".utf8), to: path)
        try OutputFile.write(Data("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(throws: OutputError.exists(path)) {
            try OutputFile.write(Data("three".utf8), to: path, replacing: false)
        }
        #expect(throws: OutputError.exists(path)) { try OutputFile.check(path, replacing: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try names(in: folder) == ["report.md"])
    }

    @Test func writeRefusesAnInputUnlessForced() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("resume.json").path
        try OutputFile.write(Data("input".utf8), to: path)
        // The same file under another spelling is still the input.
        let spelled = folder.appendingPathComponent(".").appendingPathComponent("resume.json").path
        #expect(throws: OutputError.wouldOverwriteInput(spelled)) {
            try OutputFile.write(Data("output".utf8), to: spelled, inputs: [path])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "input")
        try OutputFile.write(Data("output".utf8), to: spelled, inputs: [path], force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "output")
    }

    // MARK: - StreamingOutputFile

    @Test func streamingOutputAppearsOnlyWhenFinished() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("batch.csv").path
        let file = try StreamingOutputFile(path: path)
        let temporary = try #require(file.temporaryPath)
        // More than one 64 KB block, so that some of it is written before `finish()`.
        let row = String(repeating: "x", count: 99) + "\n"
        for _ in 0..<1_000 { try file.write(row) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(FileManager.default.fileExists(atPath: temporary))
        try file.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == String(repeating: row, count: 1_000))
        #expect(try names(in: folder) == ["batch.csv"])
    }

    @Test func abandonedStreamingOutputLeavesNothingBehind() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("batch.csv").path
        do {
            let file = try StreamingOutputFile(path: path)
            try file.write(String(repeating: "y", count: 1 << 17))
        }
        #expect(try names(in: folder).isEmpty)
    }

    @Test func streamingOutputRefusesAnInputUnlessForced() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("jobs.txt").path
        try OutputFile.write(Data("Python".utf8), to: path)
        #expect(throws: OutputError.wouldOverwriteInput(path)) { try StreamingOutputFile(path: path, inputs: [path]) }
        let file = try StreamingOutputFile(path: path, inputs: [path], force: true)
        try file.write("replaced")
        try file.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "replaced")
    }

    @Test func streamingOutputIntoAMissingFolderSaysSo() throws {
        let path = "/nonexistent-\(UUID().uuidString)/batch.csv"
        #expect {
            try StreamingOutputFile(path: path)
        } throws: { error in
            guard case .cannotWrite(let named, _) = error as? OutputError else { return false }
            return named == path
                && (error as? OutputError)?.errorDescription?.hasSuffix(
                    "check that the folder exists and is writable.") == true
        }
    }

    /// A named pipe (standing in for `/dev/null`) is written in place, not replaced.
    ///
    /// `-o /dev/null` as root once replaced the device with a regular file (a temporary file
    /// renamed over it). The pipe must still be a pipe after both writers, and its reader must
    /// get the bytes.
    @Test(arguments: [false, true])
    func aPipeOrDeviceIsWrittenInPlaceNotReplaced(streaming: Bool) throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        // The read end, opened first without waiting, so that opening the write end does not
        // wait either; the bytes fit the pipe's buffer and are read once the writer is done.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        if streaming {
            let output = try StreamingOutputFile(path: path)
            try output.write("row one\n")
            try output.finish()
        } else {
            try OutputFile.write(Data("row one\n".utf8), to: path)
        }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "row one\n")
        let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        #expect(type != nil && type != .typeRegular)
        #expect(try names(in: folder) == ["pipe"])
    }
}
