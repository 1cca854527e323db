import ArgumentParser
import Foundation
import JobFitCore

/// Exit codes, after BSD's sysexits.h (documented in docs/cli.md).
enum ExitStatus {
    static let failure: Int32 = 1
    /// `jobfit batch` finished, but some inputs could not be read.
    static let doneWithFailures: Int32 = 3
    /// `jobfit render` / `tailor`: the read-back check or the fact check failed; nothing written.
    static let checkFailed: Int32 = 4
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let cannotCreate: Int32 = 73
}

/// Runs a command body, turning JobFit's errors into one line on standard error and an exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        throw reported(error)
    }
}

/// ``reportingErrors(_:)`` for an async command body.
func reportingErrorsAsync(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        throw reported(error)
    }
}

/// One of JobFit's errors printed as one line on standard error, and the exit code it maps to
/// (docs/cli.md); any other error (`ValidationError`, `ExitCode`) as it is, for ArgumentParser.
private func reported(_ error: any Error) -> any Error {
    let status: Int32
    switch error {
    case IngestionError.fileNotFound, IngestionError.pathNotFound, IngestionError.isDirectory,
        IngestionError.unreadable:
        status = ExitStatus.noInput
    case is IngestionError, is ResumeError, is ResumeDocumentError, is TaxonomyError:
        status = ExitStatus.dataError
    case is PDFRenderError: status = ExitStatus.failure
    case is ResumeExportError: status = ExitStatus.checkFailed
    case is OutputError: status = ExitStatus.cannotCreate
    default: return error
    }
    printToStandardError("jobfit: \(error.localizedDescription)")
    return ExitCode(status)
}

/// Writes one line to standard error.
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
