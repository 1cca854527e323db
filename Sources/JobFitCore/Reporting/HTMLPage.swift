/// The frame every HTML report shares (match, gaps, cohort, batch): one self-contained page with
/// its style sheet inline, readable on a phone.
enum HTMLPage {
    /// The page up to and including `<main>`: doctype, head with the escaped `title` and
    /// `styleSheet`, and the opening of the body.
    static func opening(title: String, styleSheet: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapeHTML(title))</title>
        <style>\(styleSheet)</style></head>
        <body><main>

        """
    }

    /// The `footer` (markup, not escaped) and the end of the page.
    static func closing(footer: String) -> String {
        "<footer>\(footer)</footer>\n</main></body></html>\n"
    }
}
