/// Finds years-of-experience expressions: "3+ years", "5-7 years", "5 to 7 yrs", "two years",
/// "at least 5 years", "minimum of 3 years".
enum YearsParser {
    struct Expression {
        var firstToken: Int
        var lastToken: Int
        var range: YearsRange
    }

    private static let numberWords: [UInt64: Double] = {
        let words = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        var table: [UInt64: Double] = [:]
        for (index, word) in words.enumerated() { table[Tokenizer.key(word)] = Double(index + 1) }
        return table
    }()
    private static let yearKeys: KeySet = KeySet(["year", "yr", "yrs"].map(Tokenizer.key))
    private static let toKeys: KeySet = KeySet(["to", "-", "or"].map(Tokenizer.key))

    static func expressions(in tokens: [Token], range: Range<Int>, utf8: UnsafeBufferPointer<UInt8>) -> [Expression] {
        var result: [Expression] = []
        for index in range where yearKeys.contains(tokens[index].key) {
            guard index > range.lowerBound, let high = value(tokens[index - 1], utf8) else { continue }
            var first = index - 1
            var low = high
            var upper: Double?
            if index - 2 >= range.lowerBound, let lower = value(tokens[index - 2], utf8), lower < high {
                // "5-7 years" (the hyphen is not a token) or "5 7 years".
                low = lower
                upper = high
                first = index - 2
            } else if index - 3 >= range.lowerBound, toKeys.contains(tokens[index - 2].key),
                let lower = value(tokens[index - 3], utf8), lower < high
            {
                low = lower
                upper = high
                first = index - 3
            }
            guard low > 0, low <= 40 else { continue }
            result.append(Expression(firstToken: first, lastToken: index, range: YearsRange(min: low, max: upper)))
        }
        return result
    }

    private static func value(_ token: Token, _ utf8: UnsafeBufferPointer<UInt8>) -> Double? {
        if let word = numberWords[token.key] { return word }
        guard token.flags.contains(.number) else { return nil }
        var digits = utf8[Int(token.start)..<Int(token.end)]
        while let last = digits.last, last == UInt8(ascii: "+") { digits = digits.dropLast() }
        return Double(String(decoding: digits, as: UTF8.self))
    }
}
