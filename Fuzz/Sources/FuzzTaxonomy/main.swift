import Foundation
import JobFitCore

/// Any bytes as a user taxonomy file; when it loads, compiled and run over its own text.
func fuzzTaxonomy(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let taxonomy = try? Taxonomy(json: text, file: "fuzz") {
        _ = TaxonomyLinter(dictionary: []).lint(taxonomy)
        _ = SkillExtractor(matcher: SkillMatcher(taxonomy: Taxonomy.standard.merging(taxonomy))).countHits(in: text)
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
    return fuzzTaxonomy(data, size)
})
