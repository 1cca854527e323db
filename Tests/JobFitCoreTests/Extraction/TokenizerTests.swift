import Testing

@testable import JobFitCore

/// Technical names stay whole; case, plurals, hyphens and line-break hyphens are normalised.
@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return Tokenizer.tokenize(text).map { String(decoding: utf8[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }

    @Test func technicalTokensStayWhole() {
        #expect(
            texts("C++, C#, F#, .NET and ASP.NET on Node.js 3.11.") == [
                "C++", "C#", "F#", ".NET", "and", "ASP.NET", "on", "Node.js", "3.11",
            ])
        #expect(texts("CI/CD, TCP/IP & PL/SQL") == ["CI", "/", "CD", "TCP", "/", "IP", "&", "PL", "/", "SQL"])
        #expect(texts("back-end (e-mail)") == ["back", "end", "e", "mail"])
    }

    @Test func keysFoldCasePluralsAndApostrophes() {
        func key(_ text: String) -> UInt64? { Tokenizer.tokenize(text).first?.key }
        #expect(key("APIs") == key("api"))
        #expect(key("Databases") == key("database"))
        #expect(key("libraries") == key("library"))
        #expect(key("bachelor's") == key("Bachelors"))
        #expect(key("bachelor’s") == key("bachelor"))
        #expect(key("https") != key("http"))
        #expect(key("class") == Tokenizer.key("class"))
        #expect(Tokenizer.tokenize("R&D").map(\.key)[1] == Tokenizer.key("and"))
    }

    /// Found by FuzzText (Fuzz/README.md): a word longer than the 64-byte scratch space after a
    /// hyphen ("12-20T00ÿÿÿ…") made the hyphen join read past the scratch buffer.
    @Test(arguments: [64, 65, 100, 1_000])
    func aLongWordAfterAHyphenIsReadSafely(_ length: Int) {
        let long = String(repeating: "ÿ", count: length)
        #expect(texts("12-20T00" + long + " back-end") == ["12", "20T00" + long, "back", "end"])
        let tokens = Tokenizer.tokenize("back-" + String(repeating: "x", count: length))
        #expect(tokens.count == 2)
        // Too long to join: no joined key, rather than one made of bytes past the buffer.
        #expect(
            tokens[0].joinedKey == (length <= 64 ? Tokenizer.key("back" + String(repeating: "x", count: length)) : 0))
    }

    @Test func lineBreakHyphensJoinWords() {
        #expect(texts("software develop-\nment") == ["software", "develop-\nment"])
        #expect(Tokenizer.tokenize("develop-\nment")[0].key == Tokenizer.key("development"))
        #expect(texts("front-\nEnd") == ["front", "End"])
    }

    @Test func denseTextKeepsEveryToken() {
        // More than one token every four bytes: read again with room for a token a byte.
        let tokens = Tokenizer.tokenize(String(repeating: "a,b/", count: 500))
        #expect(tokens.count == 1500)
        #expect(tokens[0].flags.contains(.commaAfter) && tokens[2].flags.contains(.joiner))
        #expect(tokens[1498].key == Tokenizer.key("b"))
    }

    @Test func flagsDescribeTokens() {
        let tokens = Tokenizer.tokenize("Go 1.21, 5+ years.")
        #expect(tokens[0].flags.contains(.capitalised))
        #expect(tokens[1].flags.contains(.number) && tokens[1].flags.contains(.commaAfter))
        #expect(tokens[2].flags.contains(.plus))
        #expect(tokens[3].flags.contains(.sentenceEndAfter))
    }

    /// A word read from the 64-byte masks gets the token the byte loop gives it (the byte loop
    /// reads texts shorter than 64 bytes, the masks words with 64 bytes after them).
    @Test(arguments: [
        "data", "Python", "SQL", "APIs", "SDKs", "libraries", "classes", "status", "https", "bus", "2024",
        "x86", "Go", "e-mail", "back-end", "end.", "word,", "(note)", "R&D", "CI/CD", "a", "Responsibilities",
        "abcdefghijklmno", "abcdefghijklmnop",
    ])
    func wordsReadFromTheMasksAndByteByByteAgree(_ text: String) {
        let alone = Tokenizer.tokenize(text)
        let padded = Tokenizer.tokenize(text + String(repeating: " ", count: 80))
        #expect(alone.count == padded.count)
        for (one, other) in zip(alone, padded) {
            #expect(one.start == other.start && one.end == other.end)
            #expect(one.key == other.key && one.joinedKey == other.joinedKey)
            // The flags of the last token may differ only by what follows the text.
            #expect(one.flags.subtracting(.sentenceEndAfter) == other.flags.subtracting(.sentenceEndAfter))
        }
    }

    /// The root table finds every key it holds and lists exactly the tokens that hold one,
    /// whatever the bucket sizes (1,000 keys: more than one bucket is full at first).
    @Test func theRootTableListsTheTokensWhoseKeysItHolds() {
        let words = (0..<1_000).map { "skill\($0)x" }
        let lookup = Tokenizer.RootLookup(words.enumerated().map { (Tokenizer.key($1), Int32($0)) })
        let text = (words.map { $0 } + ["other", "skill1000x", "words"]).joined(separator: " ")
        var bytes = text
        let (tokens, hits) = bytes.withUTF8 { utf8 in lookup.withTable { Tokenizer.tokenize(bytes: utf8, root: $0) } }
        let nodes = lookup.withNodes { roots in
            hits.map { roots.node(tokens[Int($0)].key, slots: tokens[Int($0)].rootSlots) }
        }
        // Fingerprints may list a token whose key is not held; its node is then -1.
        #expect(nodes.filter { $0 >= 0 } == (0..<1_000).map { Int32($0) })
        #expect(hits.count <= tokens.count)
        #expect(lookup.withNodes { $0.node(Tokenizer.key("skill1000x"), slots: nil) } == -1)
    }
}
