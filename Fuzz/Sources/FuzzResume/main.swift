import Foundation
import JobFitCore

/// Any bytes as a resume (format sniffed: JSON, YAML, text, DOCX, PDF), then matched.
func fuzzResume(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let resume = try? ResumeLoader.load(bytes, source: "-") {
        _ = ResumeValidator().validate(resume.document)
        _ = EvidenceCollector().evidence(in: resume, asOf: ResumeDate(year: 2026, month: 1))
    }
    return 0
}

// SwiftPM links its own `main` into executables, so the target calls libFuzzer's driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments) { data, size in
    guard let data else { return 0 }
    return fuzzResume(data, size)
})
