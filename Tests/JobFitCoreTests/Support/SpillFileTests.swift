import Foundation
import Testing

@testable import JobFitCore

/// The scratch file of a batch by resume: blocks come back as written, in chunks that never
/// split a character, and the file never has a name to leave behind.
@Suite struct SpillFileTests {
    /// Every chunk size from 8 bytes gives back each block's text exactly, with 2-, 3- and
    /// 4-byte characters falling across chunk boundaries.
    @Test func blocksComeBackWholeWhateverTheChunkSize() throws {
        let file = try SpillFile()
        let blocks = [
            "plain ASCII, line 1\r\n", "é, ß and ü; € and 中文; 😀🇳🇱 and e\u{301}\n", String(repeating: "ñ€😀", count: 50),
        ]
        var offsets: [Int] = []
        for block in blocks {
            offsets.append(file.size)
            try file.append(block)
        }
        #expect(file.size == blocks.map(\.utf8.count).reduce(0, +))
        for chunkSize in [8, 9, 10, 11, 13, 64, 1 << 18] {
            for (index, block) in blocks.enumerated() {
                var chunks: [String] = []
                try file.read(offset: offsets[index], length: block.utf8.count, chunkSize: chunkSize) {
                    chunks.append($0)
                }
                #expect(chunks.joined() == block, "chunks of \(chunkSize)")
                #expect(chunks.allSatisfy { !$0.isEmpty && $0.utf8.count <= max(8, chunkSize) })
            }
        }
    }

    /// The file is made in the folder given and unlinked at once: the folder stays empty.
    @Test func theFileHasNoNameWhileItIsUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try SpillFile(directory: folder.path)
        try file.append("row\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        var text = ""
        try file.read(offset: 0, length: 4) { text += $0 }
        #expect(text == "row\n")
    }

    @Test func aMissingFolderIsNamed() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        #expect(throws: OutputError.cannotSpill(missing, reason: "No such file or directory")) {
            try SpillFile(directory: missing)
        }
    }
}
