// Inline Markdown in a lesson's captions, turned into the plain text a terminal shows:
// emphasis and code lose their markers, a link shows its text and then its address in
// parentheses (a class can copy it from the projector), backslash escapes are honoured.

public enum InlineMarkdown {
    public static func plainText(_ source: String) -> String {
        let s = Array(source)
        // Where each search for a closing character would end, found in one pass each, so
        // that a line of many unclosed `<`, `[` or backticks costs linear time, not quadratic.
        let marks = Marks(s)
        var failedRuns: [Int: Int] = [:]  // backtick run length -> earliest start with no close
        var out = ""
        var i = 0
        while i < s.count {
            let ch = s[i]
            switch ch {
            case "\\" where i + 1 < s.count && isPunctuation(s[i + 1]):
                out.append(s[i + 1])
                i += 2
            case "`":
                // A code span: everything up to the next run of as many backticks, verbatim.
                var ticks = 0
                while i + ticks < s.count && s[i + ticks] == "`" { ticks += 1 }
                if let end = find(run: "`", count: ticks, in: s, from: i + ticks, failed: &failedRuns) {
                    out += String(s[(i + ticks)..<end])
                    i = end + ticks
                } else {
                    out += String(repeating: "`", count: ticks)
                    i += ticks
                }
            case "*", "_":
                // Emphasis markers vanish when they open or close a word; a lone `*` or an
                // underscore inside a word (snake_case) stays.
                var n = 0
                while i + n < s.count && s[i + n] == ch { n += 1 }
                let before: Character? = i > 0 ? s[i - 1] : nil
                let after: Character? = i + n < s.count ? s[i + n] : nil
                let opens = after.map { !$0.isWhitespace } ?? false
                let closes = before.map { !$0.isWhitespace } ?? false
                let intraword = ch == "_" && (before.map(isWordCharacter) ?? false) && (after.map(isWordCharacter) ?? false)
                if (opens || closes) && !intraword && n <= 3 {
                    i += n
                } else {
                    out += String(repeating: ch, count: n)
                    i += n
                }
            case "[":
                if let (text, url, next) = link(s, at: i, marks) {
                    let label = plainText(text)
                    out += label == url || url.isEmpty ? label : "\(label) (\(url))"
                    i = next
                } else {
                    out.append(ch)
                    i += 1
                }
            case "<":
                // An autolink `<https://...>` shows its address.
                if let close = marks.nextGreater[i], close > i + 1 {
                    let inner = String(s[(i + 1)..<close])
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                        out += inner
                        i = close + 1
                        continue
                    }
                }
                out.append(ch)
                i += 1
            default:
                out.append(ch)
                i += 1
            }
        }
        return out
    }

    /// The closing positions the parser looks for, computed once per text.
    struct Marks {
        /// The first `>` at or after each position.
        var nextGreater: [Int?]
        /// The first `)` at or after each position.
        var nextParen: [Int?]
        /// The `]` that closes the `[` at each position (brackets nest; a backslash escapes).
        var closingBracket: [Int: Int] = [:]

        init(_ s: [Character]) {
            nextGreater = Array(repeating: nil, count: s.count + 1)
            nextParen = Array(repeating: nil, count: s.count + 1)
            var greater: Int?, paren: Int?
            for j in s.indices.reversed() {
                if s[j] == ">" { greater = j }
                if s[j] == ")" { paren = j }
                nextGreater[j] = greater
                nextParen[j] = paren
            }
            var open: [Int] = []
            var j = 0
            while j < s.count {
                if s[j] == "\\" { j += 2; continue }
                if s[j] == "[" { open.append(j) }
                if s[j] == "]", let start = open.popLast() { closingBracket[start] = j }
                j += 1
            }
        }
    }

    /// `[text](url)` or `[text](url "title")` starting at `i`: the text, the address and
    /// the index after the link.
    static func link(_ s: [Character], at i: Int, _ marks: Marks) -> (String, String, Int)? {
        guard let close = marks.closingBracket[i], close + 1 < s.count, s[close + 1] == "(",
              let end = marks.nextParen[close + 2] else { return nil }
        var target = String(s[(close + 2)..<end])
        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
        if target.hasPrefix("<") && target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        return (String(s[(i + 1)..<close]), target, end + 1)
    }

    /// The start of the next run of exactly `count` backticks. A search that fails is
    /// remembered: one starting later for the same length would fail too.
    static func find(run ch: Character, count: Int, in s: [Character], from start: Int, failed: inout [Int: Int]) -> Int? {
        if let earliest = failed[count], start >= earliest { return nil }
        var i = start
        while i < s.count {
            if s[i] == ch {
                var n = 0
                while i + n < s.count && s[i + n] == ch { n += 1 }
                if n == count { return i }
                i += n
            } else {
                i += 1
            }
        }
        failed[count] = min(failed[count] ?? start, start)
        return nil
    }

    static func isPunctuation(_ c: Character) -> Bool {
        c.isASCII && (c.isPunctuation || c.isSymbol)
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
