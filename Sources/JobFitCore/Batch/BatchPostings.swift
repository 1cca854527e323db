/// The postings of a batch, handed over one at a time: files first, then JSON Lines records.
///
/// ``BatchMatcher`` pulls postings from it as it goes, so a batch holds only the postings it is
/// working on (a window of them), not every input at once. Files are known up front (so is the
/// number of pairs); JSON Lines records are counted only as they are read.
///
/// ```swift
/// var postings = BatchPostings(try BatchInput.files(in: ["postings/"], extensions: BatchInput.postingExtensions),
///                              then: try JSONLinesReader(path: "-", maximumBytes: 1 << 32))
/// ```
public struct BatchPostings {
    private var inputs: [BatchInput]
    private var position = 0
    private let reader: JSONLinesReader?

    /// How many postings there are in all, when known before reading them: `nil` with JSON Lines.
    public var count: Int? {
        reader == nil ? inputs.count : nil
    }

    /// The postings `inputs`, then (when given) the records `reader` reads.
    public init(_ inputs: [BatchInput], then reader: JSONLinesReader? = nil) {
        self.inputs = inputs
        self.reader = reader
    }

    /// The next posting, or `nil` after the last.
    ///
    /// - Throws: What the JSON Lines reader throws (a read error, or an input past its size limit).
    public mutating func next() throws -> BatchInput? {
        if position < inputs.count {
            defer { position += 1 }
            return inputs[position]
        }
        return try reader?.next()
    }
}
