// Making data text safe inside Markdown: nothing in a record may become markup, a link,
// HTML or a control character.
import NatoText

public enum Markdown {
    /// Data text as literal Markdown text: control characters made inert, characters that
    /// could start markup backslash-escaped, and line-start markers (`-`, `+`, `=`, `1.`)
    /// escaped so that text at the start of a line never becomes a list or a heading.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.inert {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "&", "$":
                out.append("\\")
                out.append(ch)
            default:
                out.append(ch)
            }
        }
        if let first = out.first, first == "-" || first == "+" || first == "=" { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            return String(digits) + "\\" + String(out.dropFirst(digits.count))
        }
        return out
    }

    /// An address for a link target: characters that would end or break the target are
    /// percent-encoded.
    public static func linkTarget(_ url: String) -> String {
        var out = ""
        for scalar in url.inert.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            case "`": out += "%60"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `[title](address)`, or the escaped title alone when there is no address.
    public static func link(_ title: String, _ url: String?) -> String {
        guard let url else { return escape(title) }
        return "[\(escape(title))](\(linkTarget(url)))"
    }
}

/// CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, a
/// quote or a line break, quotes doubled.
public enum CSV {
    public static func field(_ text: String) -> String {
        var value = text
        // A cell that starts like a formula would be run by a spreadsheet: keep it text.
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) || first == "\t" || first == "\r" {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}
