import ArgumentParser
import JobFitCore

/// Options shared by every command that reads job postings.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "bytes"))
    var maxBytes: Int = InputFile.defaultMaximumBytes

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes.") }
    }
}
