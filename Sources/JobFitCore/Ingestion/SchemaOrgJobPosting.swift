import Foundation

/// Reads schema.org `JobPosting` items (from JSON-LD, microdata or RDFa) into metadata.
enum SchemaOrgJobPosting {
    /// A posting found in structured data: its facts and its `description` (HTML or text).
    struct Found {
        var metadata: JobPostingMetadata
        var descriptionHTML: String?
        /// Text fields that belong in sections: (kind, heading, entries).
        var sectionFields: [(SectionKind, String, [String])]
    }

    /// Finds the first `JobPosting` in a JSON-LD document: the root, an array, or `@graph`.
    static func find(in value: JSONValue, depth: Int = 0) -> JSONValue? {
        guard depth < 16 else { return nil }
        switch value {
        case .array(let values):
            for element in values {
                if let found = find(in: element, depth: depth + 1) { return found }
            }
        case .object(let object):
            if isJobPosting(value) { return value }
            if let graph = object["@graph"], let found = find(in: graph, depth: depth + 1) { return found }
            if let main = object["mainEntity"], let found = find(in: main, depth: depth + 1) { return found }
        default:
            break
        }
        return nil
    }

    static func isJobPosting(_ value: JSONValue) -> Bool {
        guard let type = value["@type"] else { return false }
        return type.elements.contains { $0.text.map { $0.hasSuffix("JobPosting") } ?? false }
    }

    /// Properties that are read into typed fields; everything else lands in `otherProperties`.
    private static let typedProperties: Set<String> = [
        "@context", "@type", "@id", "title", "name", "hiringOrganization", "description", "skills", "qualifications",
        "responsibilities", "experienceRequirements", "educationRequirements", "employmentType", "jobLocationType",
        "jobLocation", "baseSalary", "salaryCurrency", "datePosted", "validThrough", "jobBenefits",
    ]

    static func read(_ item: JSONValue, origin: JobPostingMetadata.Origin) -> Found {
        var metadata = JobPostingMetadata()
        metadata.origin = origin
        metadata.title = clean(item["title"]?.text ?? item["name"]?.text)
        metadata.hiringOrganization = clean(item["hiringOrganization"].flatMap { $0["name"]?.text ?? $0.text })
        metadata.skills = texts(item["skills"])
        metadata.qualifications = texts(item["qualifications"])
        metadata.responsibilities = texts(item["responsibilities"])
        metadata.benefits = texts(item["jobBenefits"])
        for requirement in item["experienceRequirements"]?.elements ?? [] {
            if let months = requirement["monthsOfExperience"] {
                metadata.monthsOfExperience = months.text.flatMap(Double.init)
            } else if let text = describe(requirement) {
                metadata.experienceRequirements.append(text)
            }
        }
        metadata.educationRequirements = texts(item["educationRequirements"])
        metadata.employmentType = texts(item["employmentType"]).flatMap {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        metadata.jobLocationType = clean(item["jobLocationType"]?.text)
        metadata.jobLocations = (item["jobLocation"]?.elements ?? []).compactMap(formatPlace)
        metadata.baseSalary = salary(item["baseSalary"], currency: item["salaryCurrency"]?.text)
        metadata.datePosted = clean(item["datePosted"]?.text)
        metadata.validThrough = clean(item["validThrough"]?.text)
        if case .object(let object) = item {
            for (key, value) in object where !typedProperties.contains(key) {
                if let text = describe(value) { metadata.otherProperties[key] = text }
            }
        }
        let descriptionHTML = item["description"].flatMap { $0.text }
        var fields: [(SectionKind, String, [String])] = []
        fields.append((.responsibilities, "Responsibilities", metadata.responsibilities))
        fields.append((.requirements, "Qualifications", metadata.qualifications))
        fields.append((.requirements, "Skills", metadata.skills))
        fields.append((.requirements, "Education requirements", metadata.educationRequirements))
        fields.append((.requirements, "Experience requirements", metadata.experienceRequirements))
        fields.append((.benefits, "Benefits", metadata.benefits))
        for key in ["physicalRequirement", "sensoryRequirement"] {
            if let text = metadata.otherProperties[key] {
                fields.append(
                    (
                        .requirements, key == "physicalRequirement" ? "Physical requirements" : "Sensory requirements",
                        [text]
                    ))
            }
        }
        if let overview = metadata.otherProperties["employerOverview"] {
            fields.append((.about, "About the employer", [overview]))
        }
        return Found(
            metadata: metadata, descriptionHTML: descriptionHTML, sectionFields: fields.filter { !$0.2.isEmpty })
    }

    // MARK: - Values

    /// Text entries of a property: strings, or the `name`/`description`/`credentialCategory` of objects.
    private static func texts(_ value: JSONValue?) -> [String] {
        (value?.elements ?? []).compactMap(describe)
    }

    /// One line of text for any value.
    static func describe(_ value: JSONValue) -> String? {
        switch value {
        case .string, .number, .bool:
            return clean(value.text)
        case .array(let values):
            let parts = values.compactMap(describe)
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        case .object:
            if let place = formatPlace(value), value["address"] != nil || isType(value, "Place") { return place }
            var parts: [String] = []
            for key in ["credentialCategory", "name", "description", "about", "email", "telephone"] {
                if let text = value[key].flatMap(describe), !parts.contains(text) { parts.append(text) }
            }
            let category = value["occupationalCategory"]
            if let name = category?["name"]?.text ?? category?.text, !parts.contains(name) { parts.append(name) }
            if let code = value["termCode"]?.text ?? value["codeValue"]?.text ?? category?["codeValue"]?.text {
                parts.append("(\(code))")
            }
            if let months = value["monthsOfExperience"]?.text { parts.append("\(months) months of experience") }
            if parts.isEmpty, let url = value["url"]?.text ?? value["sameAs"]?.text { parts.append(url) }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        case .null:
            return nil
        }
    }

    private static func isType(_ value: JSONValue, _ type: String) -> Bool {
        value["@type"]?.elements.contains { $0.text == type } ?? false
    }

    private static func formatPlace(_ value: JSONValue) -> String? {
        if let text = value.text { return clean(text) }
        let address = value["address"] ?? value
        if let text = address.text { return clean(text) }
        let parts = ["streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"].compactMap {
            key -> String? in
            guard let field = address[key] else { return nil }
            return clean(field["name"]?.text ?? field.text)
        }
        if parts.isEmpty { return clean(value["name"]?.text) }
        return parts.joined(separator: ", ")
    }

    private static func salary(_ value: JSONValue?, currency: String?) -> JobPostingMetadata.Salary? {
        guard let value else { return nil }
        var salary = JobPostingMetadata.Salary(currency: clean(currency))
        if case .object = value {
            salary.currency = clean(value["currency"]?.text) ?? salary.currency
            let amount = value["value"] ?? value
            if let number = amount.text.flatMap(Self.number), amount["value"] == nil, amount["minValue"] == nil {
                salary.value = number
            } else {
                salary.value = amount["value"]?.text.flatMap(Self.number)
                salary.minValue = amount["minValue"]?.text.flatMap(Self.number)
                salary.maxValue = amount["maxValue"]?.text.flatMap(Self.number)
                salary.unit = clean(amount["unitText"]?.text)
            }
        } else if let text = value.text {
            if let number = Self.number(text) { salary.value = number } else { salary.text = clean(text) }
        }
        return salary
    }

    private static func number(_ text: String) -> Double? {
        Double(text.filter { $0 != "," && $0 != " " })
    }

    private static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = TextNormalizer.collapseWhitespace(TextNormalizer.normalize(text))
        return cleaned.isEmpty ? nil : cleaned
    }
}
