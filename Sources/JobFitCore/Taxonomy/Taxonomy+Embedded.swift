extension Taxonomy {
    /// The taxonomy shipped with JobFit (`Resources/taxonomy/`), compiled into the binary.
    public static let standard: Taxonomy = {
        guard let taxonomy = Taxonomy(compact: EmbeddedResources.taxonomy) else {
            preconditionFailure("the embedded taxonomy is malformed; run Scripts/embed-resources.sh")
        }
        return taxonomy
    }()

    /// Reads the compact line format written by `Scripts/compact-taxonomy.py`, byte by byte
    /// (this runs at every start, so it avoids `Character` processing).
    init?(compact: String) {
        var text = compact
        let parsed: (String, [Skill])? = text.withUTF8 { bytes in
            var lines = Self.split(bytes[...], on: 0x0A)
            guard let header = lines.first,
                header.starts(with: Array("#jobfit-taxonomy\t".utf8))
            else { return nil }
            let version = String(decoding: header.dropFirst(17), as: UTF8.self)
            lines.removeFirst()
            var skills: [Skill] = []
            skills.reserveCapacity(lines.count)
            for line in lines where !line.isEmpty {
                let fields = Self.split(line, on: 0x09)
                guard fields.count == 7 || fields.count == 8,
                    let kind = Skill.Kind(rawValue: String(decoding: fields[2], as: UTF8.self))
                else {
                    return nil
                }
                var aliases: [SkillAlias] = []
                for entry in Self.split(fields[4], on: UInt8(ascii: "|")) where entry.count > 3 {
                    let flags = Array(entry.prefix(3))
                    let context: SkillAlias.Context? =
                        switch flags[1] {
                        case UInt8(ascii: "t"): .tech
                        case UInt8(ascii: "o"): .office
                        case UInt8(ascii: "l"): .languageList
                        default: nil
                        }
                    aliases.append(
                        SkillAlias(
                            String(decoding: entry.dropFirst(3), as: UTF8.self),
                            caseSensitive: flags[0] == UInt8(ascii: "c"),
                            context: context, unambiguous: flags[2] == UInt8(ascii: "u")))
                }
                skills.append(
                    Skill(
                        id: String(decoding: fields[0], as: UTF8.self),
                        name: String(decoding: fields[1], as: UTF8.self),
                        kind: kind, category: String(decoding: fields[3], as: UTF8.self), aliases: aliases,
                        implies: Self.split(fields[5], on: UInt8(ascii: ",")).map {
                            String(decoding: $0, as: UTF8.self)
                        },
                        related: Self.split(fields[6], on: UInt8(ascii: ",")).map {
                            String(decoding: $0, as: UTF8.self)
                        }, broad: fields.count == 8 && fields[7].first == UInt8(ascii: "b")))
            }
            return (version, skills)
        }
        guard let (version, skills) = parsed else { return nil }
        self.init(version: version, skills: skills)
    }

    private static func split(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, on separator: UInt8
    ) -> [Slice<UnsafeBufferPointer<UInt8>>] {
        guard !bytes.isEmpty else { return [] }
        var parts: [Slice<UnsafeBufferPointer<UInt8>>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == separator {
            parts.append(bytes[start..<index])
            start = index + 1
        }
        parts.append(bytes[start..<bytes.endIndex])
        return parts
    }
}
