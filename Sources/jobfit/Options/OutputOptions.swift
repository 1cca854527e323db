import ArgumentParser
import Foundation
import JobFitCore

/// Options shared by every command that writes a result.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the result to this file (- for standard output).", valueName: "file"))
    var output: String = "-"

    @Flag(help: "Allow the output file to replace one of the inputs.")
    var force = false

    /// Writes atomically to the output file, or to standard output.
    func write(_ bytes: [UInt8], inputs: [String]) throws {
        try OutputFile.write(Data(bytes), to: output, inputs: inputs, force: force)
    }
}
