import Foundation
import ZIPFoundation

/// The parts of a DOCX that JobFit reads, inflated into memory within a byte budget.
///
/// Entries are never written to disk, so hostile entry names (`../../etc/passwd`) are harmless.
struct DOCXArchive {
    /// `word/document.xml`, the body.
    var document: [UInt8]
    /// `word/styles.xml`, the style definitions, when present.
    var styles: [UInt8]?

    /// Opens `bytes` as a ZIP archive and reads the body and the styles.
    ///
    /// The declared sizes are checked before inflating, and the bytes are counted while
    /// inflating, because the declared sizes of a hostile archive can lie.
    init(bytes: [UInt8], source: String, limits: DocumentLimits) throws(ResumeDocumentError) {
        // ZIPFoundation 0.9.20 leaks its in-memory file (a copy of `bytes`) when it finds no end of
        // central directory record, so bytes without one are turned away before it sees them.
        guard Self.hasEndOfCentralDirectory(bytes) else { throw .notAZip(source) }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip(source)
        }
        guard let body = Self.entry(archive, "word/document.xml") else { throw .notADOCX(source) }
        let styleEntry = Self.entry(archive, "word/styles.xml")
        let declared = [body, styleEntry].compactMap { $0?.uncompressedSize }.reduce(UInt64(0), +)
        guard declared <= UInt64(max(0, limits.maximumDecompressedBytes)) else {
            throw .decompressedSizeOverLimit(source, limit: limits.maximumDecompressedBytes)
        }
        var budget = limits.maximumDecompressedBytes
        document = try Self.read(body, from: archive, budget: &budget, limits: limits, source: source)
        if let styleEntry {
            styles = try Self.read(styleEntry, from: archive, budget: &budget, limits: limits, source: source)
        } else {
            styles = nil
        }
    }

    /// True when the "PK\u{5}\u{6}" record that ends every ZIP archive is where it can be: in the
    /// last 22 bytes, or before a comment of at most 65,535 bytes.
    private static func hasEndOfCentralDirectory(_ bytes: [UInt8]) -> Bool {
        let recordSize = 22
        guard bytes.count >= recordSize else { return false }
        let earliest = max(0, bytes.count - recordSize - 0xFFFF)
        var index = bytes.count - recordSize
        while index >= earliest {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                return true
            }
            index -= 1
        }
        return false
    }

    /// The entry at `path`, matched exactly or, failing that, ignoring case and backslashes.
    private static func entry(_ archive: Archive, _ path: String) -> Entry? {
        if let exact = archive[path], exact.type == .file { return exact }
        return archive.first {
            $0.type == .file && $0.path.replacingOccurrences(of: "\\", with: "/").lowercased() == path
        }
    }

    /// Inflates one entry, taking its bytes from `budget` and stopping as soon as it runs out.
    private static func read(
        _ entry: Entry, from archive: Archive, budget: inout Int, limits: DocumentLimits, source: String
    ) throws(ResumeDocumentError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(max(0, budget)))))
        var remaining = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard chunk.count <= remaining else { throw BudgetExceeded() }
                remaining -= chunk.count
                output.append(contentsOf: chunk)
            }
        } catch is BudgetExceeded {
            throw .decompressedSizeOverLimit(source, limit: limits.maximumDecompressedBytes)
        } catch {
            throw .unreadableDOCX(source, part: entry.path)
        }
        budget = remaining
        return output
    }
}

/// Thrown from inside ZIPFoundation's consumer to stop inflating.
private struct BudgetExceeded: Error {}
