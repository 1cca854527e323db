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
        guard Self.hasSoundDirectory(bytes) else { throw .unreadableDOCX(source, part: "its ZIP directory") }
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

    /// True when every place ZIPFoundation reads while listing and inflating the entries lies
    /// within the bytes.
    ///
    /// ZIPFoundation 0.9.20's in-memory reader traps (a range whose lower bound is above its upper
    /// bound) on a read that starts past the end, and a damaged or hostile central directory can
    /// send it there: the directory's offset, an entry's local header, its data or its data
    /// descriptor (found by FuzzDOCX). So the directory is walked here first, as ZIPFoundation
    /// walks it, and refused unless every entry's header and data are inside the bytes. ZIP64
    /// records, which can move all of these, are refused too: a resume never needs one. So is an
    /// end record whose comment runs past the end, on which ZIPFoundation leaks (found by FuzzDOCX).
    static func hasSoundDirectory(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        func u16(_ index: Int) -> Int { Int(bytes[index]) | Int(bytes[index + 1]) << 8 }
        func u32(_ index: Int) -> Int { u16(index) | u16(index + 2) << 16 }
        func signature(_ index: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
            index >= 0 && index + 4 <= count && bytes[index] == 0x50 && bytes[index + 1] == 0x4B
                && bytes[index + 2] == third && bytes[index + 3] == fourth
        }
        /// Extra fields are (id, size) records that fill their space exactly; id 1 is ZIP64's.
        func plainExtraFields(_ start: Int, _ length: Int) -> Bool {
            var index = start
            while index + 4 <= start + length {
                guard u16(index) != 0x0001 else { return false }
                index += 4 + u16(index + 2)
            }
            return index == start + length
        }
        // The record ZIPFoundation uses: the last "PK\u{5}\u{6}", at least 22 bytes from the end,
        // with its comment inside the bytes (else ZIPFoundation throws, and leaks its in-memory file).
        guard count >= 22,
            let end = stride(from: count - 22, through: 0, by: -1).first(where: { signature($0, 5, 6) }),
            end + 22 + u16(end + 20) <= count, !signature(end - 20, 6, 7)
        else { return false }
        var position = u32(end + 16)
        for _ in 0..<u16(end + 10) {
            guard position + 46 <= count, signature(position, 1, 2) else { return false }
            let nameLength = u16(position + 28)
            let extraLength = u16(position + 30)
            let next = position + 46 + nameLength + extraLength + u16(position + 32)
            guard next <= count, plainExtraFields(position + 46 + nameLength, extraLength) else { return false }
            let header = u32(position + 42)
            guard header + 30 <= count, signature(header, 3, 4) else { return false }
            let localExtraStart = header + 30 + u16(header + 26)
            let data = localExtraStart + u16(header + 28)
            guard data <= count, plainExtraFields(localExtraStart, u16(header + 28)) else { return false }
            // The compressed bytes, and the uncompressed size for stored entries (where ZIPFoundation
            // looks for a data descriptor after them), must both fit.
            guard data + u32(position + 20) <= count, data + u32(position + 24) <= count || u16(position + 10) != 0
            else { return false }
            position = next
        }
        return true
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
