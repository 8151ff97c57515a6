// The rules every text field of a data set obeys beyond "not empty, no control
// characters": one line, something visible, no invisible format characters.

extension RecordReader {
    /// Text is one line and must show something: a format character (Cf: zero-width spaces,
    /// joiners, soft hyphens, tags...), a line or paragraph separator, or text made only of
    /// invisible characters is refused. nil when the text is fine. Only called for non-ASCII
    /// text (ASCII text that passed the checks above is visible).
    ///
    /// The one exception is a format character that belongs to an emoji sequence inside one
    /// visible character: a zero-width joiner after an emoji (👨‍👩‍👧) and the tag characters of a
    /// subdivision flag (🏴 + tags). The terminal draws such a character as its first emoji
    /// (see NatoText's Graphemes), so it is visible and cannot shift the layout.
    static func invisibleTextProblem(_ s: String) -> String? {
        // One pass over the scalars answers for the usual text (no format character at all);
        // grapheme clusters are only formed for text that has one. A separator is reported
        // only after the whole text is known to hold no format character, as below.
        var visible = false
        var separator: Unicode.Scalar?
        for scalar in s.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar.value > 0x20 { visible = true }
                continue
            }
            let category = scalar.properties.generalCategory
            switch category {
            case .format: return formatOrSeparatorProblem(s)
            case .lineSeparator, .paragraphSeparator: separator = separator ?? scalar
            default: if !visible && isVisible(scalar, category) { visible = true }
            }
        }
        if let separator { return separatorProblem(separator) }
        return visible ? nil : Self.nothingVisible
    }

    private static let nothingVisible = "expected visible text, found only spaces and invisible characters"

    private static func separatorProblem(_ scalar: Unicode.Scalar) -> String {
        "line or paragraph separator \(codePoint(scalar)) is not allowed: text is one line (use separate paragraphs)"
    }

    /// The full check, for text holding a format character: one inside an emoji sequence is
    /// allowed, any other is refused.
    private static func formatOrSeparatorProblem(_ s: String) -> String? {
        var visible = false
        for ch in s where ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
            if !isEmojiSequence(ch), let scalar = ch.unicodeScalars.first(where: { $0.properties.generalCategory == .format }) {
                return "invisible format character \(codePoint(scalar)) is not allowed in text"
            }
        }
        for scalar in s.unicodeScalars where scalar.value >= 0x80 || !visible {
            let category = scalar.properties.generalCategory
            switch category {
            case .format:
                continue  // only emoji sequences get here (checked above)
            case .lineSeparator, .paragraphSeparator:
                return separatorProblem(scalar)
            default:
                break
            }
            if !visible && isVisible(scalar, category) { visible = true }
        }
        return visible ? nil : Self.nothingVisible
    }

    /// A character that starts with an emoji and whose only format characters are joiners
    /// (U+200D) and tags (U+E0020...U+E007F).
    static func isEmojiSequence(_ ch: Character) -> Bool {
        guard let first = ch.unicodeScalars.first, first.properties.isEmoji, first.value >= 0x80 else { return false }
        return ch.unicodeScalars.dropFirst().allSatisfy { scalar in
            scalar.properties.generalCategory != .format || scalar.value == 0x200D || (0xE0020...0xE007F).contains(scalar.value)
        }
    }

    /// Letters, digits, punctuation and symbols that are not default-ignorable (U+3164
    /// HANGUL FILLER is a letter that shows nothing) and not the blank braille pattern.
    static func isVisible(_ scalar: Unicode.Scalar, _ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return !scalar.properties.isDefaultIgnorableCodePoint && scalar.value != 0x2800  // braille blank
        default:
            return false
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
