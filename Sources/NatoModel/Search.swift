// Full-text search over every record: names first, then summaries and sections.
// Case- and accent-insensitive. Text is folded once when the catalog is built, and matching
// uses memchr and memcmp over the folded bytes, so a query scans even a large data set in milliseconds.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct SearchHit: Sendable, Equatable {
    public var ref: EntityRef
    public var score: Int
    /// Whether the query matched the name (or abbreviation or id) rather than only the text.
    public var inName: Bool
}

struct SearchIndex: Sendable {
    /// Folded name, abbreviation and id, each followed by a newline.
    private var names: [[UInt8]] = []
    private var folded: [[UInt8]] = []
    private var bodies: [[UInt8]] = []
    private var refs: [EntityRef] = []

    init(_ data: DataSet) {
        func add(_ ref: EntityRef, name: String, extra: [String?], body: [String]) {
            refs.append(ref)
            let n = SearchFolding.fold(name)
            folded.append(n)
            var key = n
            for e in extra { if let e { key.append(0x0A); key += SearchFolding.fold(e) } }
            names.append(key)
            var text: [UInt8] = []
            for part in body {
                text += SearchFolding.fold(part)
                text.append(0x0A)
            }
            bodies.append(text)
        }
        func sectionText(_ sections: [Section]) -> [String] {
            sections.flatMap { [$0.title] + $0.paragraphs + $0.bullets }
        }
        for (i, r) in data.sources.enumerated() {
            add(EntityRef(.source, i), name: r.title, extra: [r.common.id, r.publisher], body: [])
        }
        for (i, r) in data.frameworks.enumerated() {
            add(EntityRef(.framework, i), name: r.name, extra: [r.abbreviation, r.common.id], body: [r.purpose, r.summary] + sectionText(r.sections))
        }
        for (i, r) in data.countries.enumerated() {
            add(EntityRef(.country, i), name: r.name, extra: [r.common.id], body: [r.summary, r.region] + sectionText(r.sections))
        }
        for (i, r) in data.areas.enumerated() {
            add(EntityRef(.area, i), name: r.name, extra: [r.common.id], body: [r.summary] + sectionText(r.sections))
        }
        for (i, r) in data.milestones.enumerated() {
            add(EntityRef(.milestone, i), name: r.title, extra: [r.common.id], body: [r.summary, r.date.description])
        }
        for (kind, list) in [(EntityKind.institution, data.institutions), (.exercise, data.exercises), (.organization, data.organizations)] {
            for (i, r) in list.enumerated() {
                add(EntityRef(kind, i), name: r.name, extra: [r.abbreviation, r.common.id], body: [r.summary] + sectionText(r.sections))
            }
        }
    }

    func search(_ query: String, limit: Int) -> [SearchHit] {
        let terms = query.split(separator: " ").map { SearchFolding.fold(String($0)) }.filter { !$0.isEmpty }
        guard !terms.isEmpty else { return [] }
        let whole = SearchFolding.fold(query.split(separator: " ").joined(separator: " "))
        var hits: [(slot: Int, hit: SearchHit)] = []
        for i in refs.indices {
            var score = 0
            var inName = false
            var matchedAll = true
            for term in terms {
                if let at = Self.find(term, in: names[i]) {
                    inName = true
                    score += 50
                    if at == 0 || [0x20, 0x0A, 0x28, 0x2D].contains(names[i][at - 1]) { score += 50 }  // word start
                } else if Self.find(term, in: bodies[i]) != nil {
                    score += 10
                } else {
                    matchedAll = false
                    break
                }
            }
            guard matchedAll else { continue }
            if folded[i] == whole {
                score += 1000
            } else if folded[i].starts(with: whole) {
                score += 400
            }
            // An exact abbreviation or id ("pfp", "eapc") ranks like an exact name.
            if names[i].split(separator: 0x0A).dropFirst().contains(where: { $0.elementsEqual(whole) }) { score += 800 }
            hits.append((i, SearchHit(ref: refs[i], score: score, inName: inName)))
        }
        hits.sort { a, b in
            if a.hit.score != b.hit.score { return a.hit.score > b.hit.score }
            if a.hit.ref.kind != b.hit.ref.kind { return Self.priority(a.hit.ref.kind) < Self.priority(b.hit.ref.kind) }
            return folded[a.slot].lexicographicallyPrecedes(folded[b.slot])
        }
        return hits.prefix(limit).map(\.hit)
    }

    /// On equal scores, the kinds a reader most likely wants come first; sources come last.
    static func priority(_ kind: EntityKind) -> Int {
        switch kind {
        case .framework: return 0
        case .country: return 1
        case .area: return 2
        case .organization: return 3
        case .institution: return 4
        case .exercise: return 5
        case .milestone: return 6
        case .source: return 7
        }
    }

    /// Offset of `needle` in `haystack`: memchr to the next candidate first byte, then memcmp.
    /// (glibc's memmem needs _GNU_SOURCE, which Swift's Glibc module does not set.)
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        return haystack.withUnsafeBytes { h -> Int? in
            needle.withUnsafeBytes { n -> Int? in
                guard let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
                var offset = 0
                let last = h.count - n.count
                while offset <= last {
                    guard let p = memchr(hb + offset, Int32(first), last - offset + 1) else { return nil }
                    let at = hb.distance(to: UnsafeRawPointer(p))
                    if memcmp(hb + at, nb, n.count) == 0 { return at }
                    offset = at + 1
                }
                return nil
            }
        }
    }
}

extension Catalog {
    /// Records matching every word of `query`, best first: name matches (whole name, then
    /// prefix, then word starts) before matches in summaries and sections.
    public func search(_ query: String, limit: Int = 200) -> [SearchHit] {
        searchIndex.search(query, limit: limit)
    }
}
