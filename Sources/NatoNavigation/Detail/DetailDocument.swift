// The detail of one record as wrapped lines of styled spans with followable links. Built once
// when the shown record or the width changes (not on every frame), and kept in the state so
// that scrolling and link focus know the lines.
import NatoModel
import NatoText

/// What a piece of detail text is, independent of colours (the renderer maps it to a role).
public enum TextStyle: UInt8, Sendable, Equatable {
    case body, muted, title, heading, warning, link, ally, partner, suspended
    /// A quiz's right answer, and a wrong choice that was picked.
    case right, wrong
}

public struct Span: Sendable, Equatable {
    public var text: String
    public var style: TextStyle
    /// Index into `DetailDocument.links` when the span is (part of) a link.
    public var link: Int?

    public init(_ text: String, _ style: TextStyle = .body, link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

public struct DetailLink: Sendable, Equatable {
    public var target: EntityRef
    /// The first line the link appears on.
    public var line: Int
}

public struct DetailDocument: Sendable, Equatable {
    public var entity: EntityRef?
    public var width: Int
    public var lines: [[Span]]
    public var links: [DetailLink]

    public init() {
        entity = nil
        width = 0
        lines = []
        links = []
    }

    /// The document for `entity` wrapped to `width` columns. Every catalog string is made inert.
    public static func build(_ catalog: Catalog, entity: EntityRef?, width: Int) -> DetailDocument {
        var b = Builder(catalog: catalog, width: max(1, width))
        if let entity { b.describe(entity) } else { b.paragraph([Span("Nothing selected.", .muted)]) }
        var doc = DetailDocument()
        doc.entity = entity
        doc.width = max(1, width)
        doc.lines = b.lines
        doc.links = b.links
        for (l, line) in doc.lines.enumerated() {
            for span in line {
                if let i = span.link, doc.links.indices.contains(i), doc.links[i].line < 0 { doc.links[i].line = l }
            }
        }
        for i in doc.links.indices where doc.links[i].line < 0 { doc.links[i].line = 0 }
        return doc
    }
}
