import ArgumentParser
import JobFitCore

/// `--as-of YYYY-MM`: the month current roles count to, so reports can be reproduced.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Count current roles up to this month (YYYY-MM; default: this month), for reproducible results.",
            valueName: "date"))
    var text: String?

    /// The month asked for, or this month.
    var date: ResumeDate { text.flatMap(ResumeDate.init) ?? .thisMonth }

    func validate() throws {
        if let text, ResumeDate(text) == nil {
            throw ValidationError("--as-of \"\(text)\" is not a date; write it as YYYY-MM (for example 2026-01).")
        }
    }
}
