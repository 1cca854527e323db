import Foundation
import JobFitCore

/// Any bytes as a posting: parsing may reject them, but must never crash, hang or leak.
func fuzzPosting(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let posting = try? JobPostingParser().parse(bytes, source: "fuzz") {
        _ = SkillExtractor().extract(posting)
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
    return fuzzPosting(data, size)
})
