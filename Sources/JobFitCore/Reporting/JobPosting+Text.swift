import Foundation

extension JobPosting {
    /// The posting for people: title, company, facts, then each section with its kind and blocks.
    public func textReport() -> String {
        var lines: [String] = []
        lines.append("Title:    \(title ?? "(none found)")")
        lines.append("Company:  \(company ?? "(none found)")")
        let blockCount = sections.reduce(0) { $0 + $1.blocks.count + ($1.heading == nil ? 0 : 1) }
        lines.append(
            "Format:   \(format.rawValue), \(encoding.rawValue); \(sections.count) sections, \(blockCount) blocks")
        for (label, value) in metadataLines() { lines.append("\(label.padding(9))\(value)") }
        for diagnostic in diagnostics { lines.append("\(diagnostic.severity.rawValue): \(diagnostic.message)") }
        for section in sections {
            lines.append("")
            let heading = section.heading.map { " \($0.text)" } ?? ""
            lines.append("[\(section.kind.rawValue)]\(heading)")
            for block in section.blocks {
                switch block.kind {
                case .listItem:
                    lines.append(String(repeating: "  ", count: block.level + 1) + "• " + block.text)
                case .tableCell:
                    lines.append("  | " + block.text)
                case .heading, .paragraph:
                    lines.append("  " + block.text)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func metadataLines() -> [(String, String)] {
        var lines: [(String, String)] = []
        guard let origin = metadata.origin else { return lines }
        lines.append(("From:", origin.rawValue))
        if !metadata.jobLocations.isEmpty { lines.append(("Location:", metadata.jobLocations.joined(separator: "; "))) }
        if let type = metadata.jobLocationType { lines.append(("Remote:", type)) }
        if !metadata.employmentType.isEmpty { lines.append(("Type:", metadata.employmentType.joined(separator: ", "))) }
        if let salary = metadata.baseSalary { lines.append(("Salary:", salary.summary)) }
        if let months = metadata.monthsOfExperience { lines.append(("Months:", "\(Int(months)) of experience")) }
        if let posted = metadata.datePosted { lines.append(("Posted:", posted)) }
        if let until = metadata.validThrough { lines.append(("Until:", until)) }
        return lines
    }
}

extension JobPostingMetadata.Salary {
    /// The salary in one line: `USD 100000–120000 per YEAR`.
    public var summary: String {
        if let text { return text }
        func format(_ value: Double) -> String {
            value.rounded() == value ? String(Int64(value)) : String(value)
        }
        var parts: [String] = []
        if let currency { parts.append(currency) }
        if let value {
            parts.append(format(value))
        } else if minValue != nil || maxValue != nil {
            parts.append("\(minValue.map(format) ?? "?")–\(maxValue.map(format) ?? "?")")
        }
        if let unit { parts.append("per \(unit)") }
        return parts.joined(separator: " ")
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
