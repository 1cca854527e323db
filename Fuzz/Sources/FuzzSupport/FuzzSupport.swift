#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The body of the fuzz target; set once, before the driver starts.
nonisolated(unsafe) private var body: ([UInt8]) -> Void = { _ in }

/// Runs libFuzzer's driver with the process's arguments, calling `fuzz` with each input; never returns.
///
/// SwiftPM links its own `main` into executables, so each target calls the driver itself.
/// `fuzz` may throw away errors, but must not crash, hang or leak on any input.
public func runFuzzer(_ fuzz: @escaping ([UInt8]) -> Void) -> Never {
    body = fuzz
    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(
        runFuzzerDriver(&argumentCount, &arguments) { data, size in
            body(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
}
