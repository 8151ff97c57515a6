// Case and accent folding for search, without Foundation: loading Foundation's ICU data
// cost several milliseconds at every start of the program, most of the explorer's start-up.

/// Lowercases and strips diacritics so that "Turkiye" finds "Türkiye" and "COTE" finds "Côte".
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
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue  // combining accents, joiners
            default: break
            }
            if let base = latin[scalar.value] {
                out.append(contentsOf: base.utf8)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Base letters of the accented Latin letters (Latin-1 Supplement, Latin Extended-A and
    /// the common Extended-B ones), lowercase.
    static let latin: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăąǎǻ", "a"), ("æǽ", "ae"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"),
            ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįıǐ", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķĸ", "k"),
            ("ĺļľŀł", "l"), ("ñńņňŉŋ", "n"), ("òóôõöøōŏőǒǿ", "o"), ("œ", "oe"), ("ŕŗř", "r"),
            ("śŝşšș", "s"), ("ß", "ss"), ("ţťŧț", "t"), ("ùúûüũūŭůűųǔǖǘǚǜ", "u"), ("ŵ", "w"),
            ("ýÿŷ", "y"), ("źżž", "z"), ("þ", "th"), ("ð", "d"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
