import Foundation
import NatoModel
import Testing

/// Search folding is generated from Unicode's decompositions; Foundation's own
/// diacritic- and case-insensitive folding (which the runtime cannot load) is the reference.
@Suite("Search folding against Foundation")
struct FoldingTests {
    /// Every precomposed Latin letter: a letter named LATIN with a canonical decomposition.
    static let precomposedLatin: [Unicode.Scalar] = (0x80...0x1FFFF).compactMap { v in
        guard let s = Unicode.Scalar(v), s.properties.isAlphabetic,
              let name = s.properties.name, name.contains("LATIN") else { return nil }
        let one = String(Character(s))
        return one.decomposedStringWithCanonicalMapping.unicodeScalars.count > 1 ? s : nil
    }

    static func fold(_ text: String) -> String { String(decoding: SearchFolding.fold(text), as: UTF8.self) }

    @Test func everyPrecomposedLatinLetterFoldsLikeFoundation() {
        #expect(Self.precomposedLatin.count > 400)
        var missed: [String] = []
        for s in Self.precomposedLatin {
            let letter = String(Character(s))
            let reference = letter.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let ours = Self.fold(letter)
            // Foundation keeps a base that does not decompose ("ǣ" -> "æ"); the search folds that
            // base on to ASCII, so compare with the folded reference there.
            let expected = reference.allSatisfy(\.isASCII) ? reference.lowercased() : Self.fold(reference)
            if ours != expected || !ours.allSatisfy(\.isASCII) {
                missed.append("\(letter) U+\(String(s.value, radix: 16, uppercase: true)): \(ours) != \(expected)")
            }
        }
        print("folding: \(Self.precomposedLatin.count) precomposed Latin letters, \(missed.count) missed")
        #expect(missed.isEmpty, "\(missed.count) missed: \(missed.prefix(12))")
    }

    @Test(arguments: [
        ("ł", "l"), ("ı", "i"), ("ß", "ss"), ("æ", "ae"), ("ø", "o"), ("đ", "d"), ("þ", "th"), ("œ", "oe"),
        ("Ł", "l"), ("Æ", "ae"), ("Ø", "o"), ("Đ", "d"), ("Þ", "th"), ("Œ", "oe"), ("ð", "d"), ("ħ", "h"),
    ])
    func lettersWithoutDecompositionFoldToTheirUsualASCII(letter: String, ascii: String) {
        #expect(Self.fold(letter) == ascii)
    }

    @Test func foldsWholeNamesBothPrecomposedAndDecomposed() {
        #expect(Self.fold("Việt Nam") == "viet nam")
        #expect(Self.fold("Vie\u{323}\u{302}t Nam") == "viet nam")
        #expect(Self.fold("Łódź") == "lodz")
        #expect(Self.fold("Þórshöfn") == "thorshofn")
        #expect(Self.fold("NATO") == "nato")
        #expect(Self.fold("日本") == "日本")
    }
}
