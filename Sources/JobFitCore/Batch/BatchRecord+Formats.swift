import Foundation

/// The formats `jobfit batch` writes; each record is one line (CSV, JSON Lines) or one element (JSON).
public enum BatchFormat: String, Sendable, CaseIterable {
    /// Comma-separated values with a header line (RFC 4180 quoting).
    case csv
    /// JSON Lines: one object a line.
    case jsonl
    /// One JSON array of the same objects.
    case json
    /// One self-contained HTML page: a table of the rows, grouped by resume (or posting), with
    /// score bars; inline CSS, no script, no external reference, every input text escaped.
    case html

    /// The CSV columns, in order (see `docs/formats.md`).
    public static let csvColumns = [
        "resume", "candidate", "job", "title", "company", "score", "potential_score", "required_matched",
        "required_partial", "required_related", "required_missing", "preferred_matched", "preferred_partial",
        "preferred_related", "preferred_missing", "missing_required", "knockouts_not_met", "error",
    ]

    /// What comes before the first record.
    public var header: String {
        switch self {
        case .csv: Self.csvColumns.joined(separator: ",") + "\r\n"
        case .jsonl: ""
        case .json: "["
        case .html: BatchHTML.header
        }
    }

    /// What comes after the last record.
    public func footer(empty: Bool) -> String {
        switch self {
        case .json: empty ? "]\n" : "\n]\n"
        case .html: BatchHTML.footer(empty: empty)
        case .csv, .jsonl: ""
        }
    }

    /// The record's text, with what separates it from the previous one for a JSON array.
    public func render(_ record: BatchRecord, first: Bool) -> String {
        switch self {
        case .csv: record.csvLine
        case .jsonl: record.jsonObject + "\n"
        case .json: (first ? "\n  " : ",\n  ") + record.jsonObject
        case .html: BatchHTML.row(record)
        }
    }

    /// What opens a line of the matrix (a resume's rows, or a posting's with ``BatchMatcher/Order/byJob``)
    /// before its first row: a heading row in HTML, nothing in the other formats.
    public func groupHeading(_ row: BatchRow?, order: BatchMatcher.Order) -> String {
        guard self == .html, let row else { return "" }
        return BatchHTML.heading(row, order: order)
    }

    /// `text` as the first records of the output: without the comma a JSON array puts between
    /// elements (rendered with `first: false`), unchanged in the other formats.
    public func droppingSeparator(_ text: String) -> String {
        self == .json && text.hasPrefix(",") ? String(text.dropFirst()) : text
    }
}

extension BatchRecord {
    /// The record as one CSV line (CRLF-terminated, RFC 4180 quoting); a failure fills the side it
    /// is about and `error`, and leaves the other columns empty.
    public var csvLine: String {
        let fields: [String]
        switch self {
        case .pair(let row):
            fields = [
                row.resume, row.candidate ?? "", row.job, row.title ?? "", row.company ?? "", String(row.score),
                String(row.potentialScore), String(row.required.matched), String(row.required.partial),
                String(row.required.related), String(row.required.missing), String(row.preferred.matched),
                String(row.preferred.partial), String(row.preferred.related), String(row.preferred.missing),
                row.missingRequired.joined(separator: "; "), row.knockOutsNotMet.joined(separator: "; "), "",
            ]
        case .failure(let failure):
            var empty = [String](repeating: "", count: BatchFormat.csvColumns.count)
            empty[failure.side == .resume ? 0 : 2] = failure.input
            empty[empty.count - 1] = failure.message
            fields = empty
        }
        return fields.map(Self.csvField).joined(separator: ",") + "\r\n"
    }

    /// The record as one JSON object on one line, keys in a fixed order.
    public var jsonObject: String {
        switch self {
        case .pair(let row):
            var members = ["\"resume\":" + Self.jsonString(row.resume)]
            if let candidate = row.candidate { members.append("\"candidate\":" + Self.jsonString(candidate)) }
            members.append("\"job\":" + Self.jsonString(row.job))
            if let title = row.title { members.append("\"title\":" + Self.jsonString(title)) }
            if let company = row.company { members.append("\"company\":" + Self.jsonString(company)) }
            members += [
                "\"score\":\(row.score)", "\"potentialScore\":\(row.potentialScore)",
                "\"required\":" + Self.json(row.required), "\"preferred\":" + Self.json(row.preferred),
                "\"missingRequired\":[" + row.missingRequired.map(Self.jsonString).joined(separator: ",") + "]",
                "\"knockOutsNotMet\":[" + row.knockOutsNotMet.map(Self.jsonString).joined(separator: ",") + "]",
            ]
            return "{" + members.joined(separator: ",") + "}"
        case .failure(let failure):
            return "{\"\(failure.side.rawValue)\":\(Self.jsonString(failure.input)),\"error\":"
                + Self.jsonString(failure.message) + "}"
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces.
    static func csvField(_ text: String) -> String {
        // Bytes, not Characters: faster, and "\r\n" (one Character) is seen as a line break too.
        let utf8 = text.utf8
        let special = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard special || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func json(_ counts: BatchRow.Counts) -> String {
        "{\"matched\":\(counts.matched),\"partial\":\(counts.partial),\"related\":\(counts.related),\"missing\":\(counts.missing)}"
    }
}
