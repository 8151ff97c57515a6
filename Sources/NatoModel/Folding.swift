// Case and accent folding for search, without Foundation: loading Foundation's ICU data
// cost several milliseconds at every start of the program, most of the explorer's start-up.
// The Latin table is generated (Tools/unicode/gen_folding_table.py, FoldingTable.swift).

/// Lowercases and strips diacritics so that "Turkiye" finds "Türkiye", "viet" finds "Việt"
/// and "lodz" finds "Łódź".
public enum SearchFolding {
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        if ascii { return out }
        out.removeAll(keepingCapacity: true)
        let table = latin
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
                continue
            }
            if let base = table[scalar.value] {
                out.append(contentsOf: base)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue  // combining accents, joiners
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Each Latin letter's lowercase ASCII (from the generated table), as UTF-8.
    static let latin: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        table.reserveCapacity(foldedLetters.count)
        for (letter, ascii) in zip(foldedLetters, foldedASCII) {
            table[letter] = ascii.withUTF8Buffer { Array($0) }
        }
        return table
    }()
}
