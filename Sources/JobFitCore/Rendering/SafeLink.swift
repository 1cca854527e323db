/// Which links a rendered resume may carry.
///
/// Only `http`, `https`, `mailto` and `tel` links are kept; `javascript:`, `data:`, `file:` and
/// every other scheme are dropped, so a resume field cannot smuggle script into an HTML page or
/// a DOCX hyperlink. A bare host (`github.com/sam`) gets `https://`.
enum SafeLink {
    /// The schemes a link may use.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The link as it may be written, or `nil` when it must be dropped.
    static func sanitize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let link = RenderText.line(raw)
        guard !link.isEmpty, !link.contains(" "),
            !link.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        if let colon = link.firstIndex(of: ":") {
            let scheme = link[..<colon]
            let isScheme =
                scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if isScheme {
                guard allowedSchemes.contains(scheme.lowercased()) else { return nil }
                let rest = link[link.index(after: colon)...]
                guard !rest.isEmpty else { return nil }
                return link
            }
        }
        // No scheme: a host name with a dot, such as `github.com/sam`, is taken as a web address.
        let host = link.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard host.contains("."), host.first?.isLetter == true || host.first?.isNumber == true,
            host.allSatisfy({ $0.isLetter || $0.isNumber || "-.:".contains($0) })
        else { return nil }
        return "https://" + link
    }
}
