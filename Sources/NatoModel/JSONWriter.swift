// Writes JSON in one canonical layout: two-space indentation, keys in the order given,
// short arrays of scalars on one line. Export, load and export again gives the same bytes.

public struct JSONWriter {
    private(set) var output = ""

    public init() {}

    /// A value to write: like JSONValue, but objects keep their key order as authored.
    public indirect enum Node {
        case null
        case bool(Bool)
        case int(Int)
        case string(String)
        case array([Node])
        case object([(String, Node)])
    }

    public static func render(_ node: Node) -> String {
        var w = JSONWriter()
        w.write(node, indent: 0)
        w.output += "\n"
        return w.output
    }

    private mutating func write(_ node: Node, indent: Int) {
        switch node {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let i): output += String(i)
        case .string(let s): Self.quote(s, into: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                output += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { output += ", " }
                    write(item, indent: indent)
                }
                output += "]"
                return
            }
            output += "[\n"
            for (i, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2)
                output += i == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (i, (key, value)) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.quote(key, into: &output)
                output += ": "
                write(value, indent: indent + 2)
                output += i == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Controls, line/paragraph separators and bidi overrides are escaped, so the
                // output passes the CLI's inert-text gate unchanged and loads back the same.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONWriter.Node {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
