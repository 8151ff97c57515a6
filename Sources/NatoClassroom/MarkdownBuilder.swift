// The Markdown document a handout is assembled in: blocks separated by blank lines, data
// text escaped where it enters (see Markdown.escape).
import NatoModel

/// Blocks separated by blank lines; headings and table cells escaped here.
struct MarkdownBuilder {
    private var blocks: [String] = []

    var text: String { blocks.joined(separator: "\n\n") + "\n" }

    mutating func heading(_ level: Int, _ title: String) {
        blocks.append(String(repeating: "#", count: level) + " " + Markdown.escape(title))
    }

    /// Already escaped Markdown.
    mutating func paragraph(_ text: String) {
        guard !text.isEmpty else { return }
        blocks.append(text)
    }

    /// Items are already escaped Markdown.
    mutating func list(_ items: [String], ordered: Bool = false) {
        guard !items.isEmpty else { return }
        blocks.append(items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + $0.element }.joined(separator: "\n"))
    }

    /// The first row is the header; cells are data text and get escaped.
    mutating func table(_ rows: [[String]]) {
        guard let header = rows.first else { return }
        var lines = ["| " + header.map(Markdown.escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---|" }.joined())
        for row in rows.dropFirst() {
            lines.append("| " + row.map { $0.isEmpty ? " " : Markdown.escape($0) }.joined(separator: " | ") + " |")
        }
        blocks.append(lines.joined(separator: "\n"))
    }

    /// A correction note, clearly marked, as a block quote.
    mutating func note(_ n: Note, _ c: Catalog) {
        let label = n.kind == .correction ? "⚠ CORRECTION" : "⚠ UNCONFIRMED"
        let claimedBy = n.claimedBy.map { id in Markdown.escape(c.ref(for: id).map { c.name($0) } ?? id) }.joined(separator: "; ")
        let sources = n.sources.compactMap { id -> String? in
            guard let r = c.ref(for: id), r.kind == .source else { return nil }
            return Markdown.link(c.data.sources[r.index].title, c.data.sources[r.index].url)
        }.joined(separator: "; ")
        blocks.append([
            "> **\(label)**: claimed by \(claimedBy)",
            ">",
            "> **Claim:** \(Markdown.escape(n.claim))",
            ">",
            "> **\(n.kind == .correction ? "Record" : "Status"):** \(Markdown.escape(n.correction))",
            ">",
            "> **Sources:** \(sources)",
        ].joined(separator: "\n"))
    }
}
