import Foundation
import JobFitCore
import Testing

/// Reading JSON Lines postings a line at a time: the same inputs as reading the whole text.
@Suite struct JSONLinesReaderTests {
    static let text = """
        {"id": "a", "text": "Requirements: Python"}

        {"id": "b", "html": "<h2>Requirements</h2><ul><li>Go</li></ul>"}
        not json
        {"id": "c"}
           \t
        {"text": "Requirements: Rust, with an \\"escaped\\" quote and é"}
        """

    /// A reader of `text` that hands it over `size` bytes at a time, counting the chunks read.
    static func reader(
        _ text: String, chunk size: Int, source: String = "-", maximumBytes: Int = .max
    )
        -> (reader: JSONLinesReader, chunks: Counter)
    {
        let bytes = Array(text.utf8)
        let counter = Counter()
        let reader = JSONLinesReader(source: source, maximumBytes: maximumBytes) {
            let start = counter.value * size
            guard start < bytes.count else { return nil }
            counter.value += 1
            return Data(bytes[start..<min(bytes.count, start + size)])
        }
        return (reader, counter)
    }

    static func all(_ reader: JSONLinesReader) throws -> [BatchInput] {
        var inputs: [BatchInput] = []
        while let input = try reader.next() { inputs.append(input) }
        return inputs
    }

    // MARK: - Names, blank lines, invalid lines

    /// Chunks of any size, lines split across them or many in one, give the inputs of the whole text.
    @Test(arguments: [1, 2, 7, 64, 1 << 16])
    func readsTheSameInputsAsTheWholeText(chunk: Int) throws {
        for text in [Self.text, Self.text + "\n", Self.text + "\n\n"] {
            let whole = BatchInput.postings(jsonLines: Array(text.utf8), source: "-")
            #expect(try Self.all(Self.reader(text, chunk: chunk).reader) == whole)
        }
        let inputs = try Self.all(Self.reader(Self.text, chunk: chunk).reader)
        #expect(inputs.map(\.name) == ["a", "b", "stdin:4", "c", "stdin:7"])
        #expect(inputs[1] == .posting(id: "b", text: "<h2>Requirements</h2><ul><li>Go</li></ul>", format: .html))
        #expect(
            inputs[4]
                == .posting(id: "stdin:7", text: "Requirements: Rust, with an \"escaped\" quote and é", format: nil))
        guard case .invalid(_, let notJSON) = inputs[2], case .invalid(_, let noText) = inputs[3] else {
            return #expect(Bool(false), "lines 4 and 5 are invalid")
        }
        #expect(notJSON.hasPrefix("stdin:4: is not valid JSON"))
        #expect(noText.hasPrefix("stdin:5: has no \"text\" or \"html\""))
    }

    @Test func linesOfAFileAreNamedByItsPath() throws {
        let inputs = try Self.all(Self.reader("not json\n", chunk: 4, source: "postings.jsonl").reader)
        #expect(inputs.map(\.name) == ["postings.jsonl:1"])
    }

    @Test func anEmptyInputHasNoPostings() throws {
        #expect(try Self.all(Self.reader("", chunk: 4).reader).isEmpty)
        #expect(try Self.all(Self.reader("\n \n\n", chunk: 4).reader).isEmpty)
    }

    // MARK: - Reading as it goes

    /// The first posting is handed over once its line is read, not once the whole input is.
    @Test func readsOnlyAsFarAsThePostingsAskedFor() throws {
        let line = #"{"id": "x", "text": "Requirements: Python"}"#
        let text = Array(repeating: line, count: 1_000).joined(separator: "\n")
        let (reader, chunks) = Self.reader(text, chunk: 64)
        #expect(try reader.next()?.name == "x")
        #expect(chunks.value == 1)
        #expect(try Self.all(reader).count == 999)
        #expect(chunks.value == (text.utf8.count + 63) / 64)
    }

    /// The limit bounds the whole input, checked chunk by chunk: the postings before it are read.
    @Test func anInputPastItsLimitIsTooLarge() throws {
        let line = #"{"id": "x", "text": "Requirements: Python"}"#
        let text = Array(repeating: line, count: 100).joined(separator: "\n")
        let reader = Self.reader(text, chunk: 1_000, maximumBytes: 1_500).reader
        #expect(try reader.next()?.name == "x")
        #expect(throws: IngestionError.tooLarge("standard input", size: 2_000, limit: 1_500)) {
            while try reader.next() != nil {}
        }
        let file = Self.reader(text, chunk: 1_000, source: "postings.jsonl", maximumBytes: 1_500).reader
        #expect(throws: IngestionError.tooLarge("postings.jsonl", size: 2_000, limit: 1_500)) {
            while try file.next() != nil {}
        }
    }

    @Test func aMissingFileOrAFolderIsNamed() {
        #expect(throws: IngestionError.fileNotFound("/no/such/postings.jsonl")) {
            try JSONLinesReader(path: "/no/such/postings.jsonl", maximumBytes: 1_000)
        }
        #expect(throws: IngestionError.isDirectory(NSTemporaryDirectory())) {
            try JSONLinesReader(path: NSTemporaryDirectory(), maximumBytes: 1_000)
        }
    }
}

/// A count a test's closure can change.
final class Counter {
    var value = 0
}
