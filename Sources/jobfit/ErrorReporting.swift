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
    } catch let error as IngestionError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        switch error {
        case .fileNotFound, .isDirectory, .unreadable: throw ExitCode(ExitStatus.noInput)
        default: throw ExitCode(ExitStatus.dataError)
        }
    } catch let error as ResumeError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.dataError)
    } catch let error as ResumeDocumentError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.dataError)
    } catch let error as TaxonomyError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.dataError)
    } catch let error as PDFRenderError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.failure)
    } catch let error as ResumeExportError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.checkFailed)
    } catch let error as OutputError {
        printToStandardError("jobfit: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.cannotCreate)
    }
}

/// ``reportingErrors(_:)`` for an async command body.
func reportingErrorsAsync(_ body: () async throws -> Void) async throws {
    var failure: (any Error)?
    do {
        try await body()
    } catch {
        failure = error
    }
    if let failure { try reportingErrors { throw failure } }
}

/// Writes one line to standard error.
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
