public import Foundation

/// Times ``DOCXResumeWriter`` on one core.
public enum DOCXRenderBenchmark {
    /// What one run measured.
    public struct Result: Sendable {
        /// How many documents were rendered.
        public var renders: Int
        /// The size of one rendered document.
        public var bytes: Int
        /// The median time of one render, in milliseconds.
        public var medianMilliseconds: Double
        /// The mean time of one render, in milliseconds.
        public var meanMilliseconds: Double
    }

    /// A longer resume made from `layout` by repeating its experience and project entries
    /// `times` times (the example resume fills one page; twice its roles fill about two).
    public static func lengthened(_ layout: ResumeLayout, times: Int) -> ResumeLayout {
        guard times > 1 else { return layout }
        var longer = layout
        for index in longer.sections.indices
        where [.experience, .projects, .volunteer].contains(longer.sections[index].kind) {
            let entries = longer.sections[index].entries
            longer.sections[index].entries = Array(repeating: entries, count: times).flatMap { $0 }
        }
        return longer
    }

    /// Renders `layout` repeatedly, one after another, for at least `seconds` and `minimumRenders`.
    public static func run(
        _ layout: ResumeLayout, options: RenderOptions, seconds: Double = 2, minimumRenders: Int = 20
    ) throws -> Result {
        let clock = ContinuousClock()
        var times: [Double] = []
        var bytes = 0
        let start = clock.now
        // One untimed render warms caches and checks that the layout renders at all.
        bytes = try DOCXResumeWriter.render(layout, options: options).count
        while times.count < minimumRenders || (clock.now - start) < .milliseconds(Int(seconds * 1000)) {
            let before = clock.now
            bytes = try DOCXResumeWriter.render(layout, options: options).count
            let elapsed = clock.now - before
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        let sorted = times.sorted()
        return Result(
            renders: times.count, bytes: bytes, medianMilliseconds: sorted[sorted.count / 2],
            meanMilliseconds: times.reduce(0, +) / Double(times.count))
    }
}
