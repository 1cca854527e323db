import Foundation

/// Times PDF rendering of a resume grown to a given number of pages.
public enum RenderBenchmark {
    /// What one timing measured.
    public struct Result: Sendable {
        /// The pages of the rendered document.
        public var pages: Int
        /// How many times it was rendered.
        public var renders: Int
        /// Wall-clock milliseconds per document, on the calling thread (one core).
        public var millisecondsPerDocument: Double
        /// The size of one document in bytes.
        public var bytes: Int
    }

    /// A layout that renders to at least `pages` pages: the resume's own, with its experience
    /// (or its first section's) entries repeated, numbered, until it is long enough.
    ///
    /// - Throws: ``PDFRenderError``.
    public static func layout(
        _ base: ResumeLayout, pages: Int, options: RenderOptions
    ) throws(PDFRenderError) -> ResumeLayout {
        var layout = base
        guard
            let section = layout.sections.firstIndex(where: { $0.kind == .experience })
                ?? layout.sections.indices.first,
            !layout.sections[section].entries.isEmpty
        else { return layout }
        let entries = layout.sections[section].entries
        var copy = 0
        while try PDFResumeRenderer.render(layout, options: options).pageCount < pages, copy < 1000 {
            var entry = entries[copy % entries.count]
            entry.title = "\(entry.title ?? "Role") (\(copy + 2))"
            layout.sections[section].entries.append(entry)
            copy += 1
        }
        return layout
    }

    /// Renders `layout` to PDF repeatedly for at least `seconds` (and at least 5 times) and
    /// reports the mean.
    ///
    /// - Throws: ``PDFRenderError``.
    public static func run(
        _ layout: ResumeLayout, options: RenderOptions, seconds: Double = 2
    ) throws(PDFRenderError) -> Result {
        // One render first, so fonts are loaded and cached before the clock starts.
        let first = try PDFResumeRenderer.render(layout, options: options)
        let (renders, milliseconds) = try repeatedly(for: seconds) { () throws(PDFRenderError) in
            _ = try PDFResumeRenderer.render(layout, options: options)
        }
        return Result(
            pages: first.pageCount, renders: renders, millisecondsPerDocument: milliseconds, bytes: first.data.count)
    }

    /// Renders the same layout to DOCX the same way, for comparison; `pages` is the PDF's.
    ///
    /// - Throws: What ``DOCXResumeWriter`` throws.
    public static func runDOCX(
        _ layout: ResumeLayout, options: RenderOptions, pages: Int, seconds: Double = 2
    ) throws -> Result {
        let first = try DOCXResumeWriter.render(layout, options: options)
        let (renders, milliseconds) = try repeatedly(for: seconds) { () throws in
            _ = try DOCXResumeWriter.render(layout, options: options)
        }
        return Result(pages: pages, renders: renders, millisecondsPerDocument: milliseconds, bytes: first.count)
    }

    /// Runs `body` for at least `seconds` and 5 times; returns the count and the mean in milliseconds.
    private static func repeatedly<Failure: Error>(
        for seconds: Double, _ body: () throws(Failure) -> Void
    ) throws(Failure) -> (Int, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var renders = 0
        var elapsed = Duration.zero
        while renders < 5 || elapsed < .milliseconds(Int(seconds * 1000)) {
            try body()
            renders += 1
            elapsed = clock.now - start
        }
        let total = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (renders, total * 1000 / Double(renders))
    }
}
