import NatoModel
import NatoNavigation
import Testing

/// Issue 8: the explorer's framework detail says when NATO publishes no full member list.
@Suite("Framework detail: partial member lists")
struct PartialListDetailTests {
    func text(_ id: String) -> [String] {
        DetailDocument.build(catalog, entity: ref(id), width: 100).lines.map { $0.map(\.text).joined() }
    }

    @Test func aPartialListSaysSoWithTheNumberShownAndACompleteOneDoesNot() throws {
        let pii = try #require(catalog.ref(for: "pii"))
        let current = catalog.members(ofFramework: pii.index).filter { !$0.membership.isHistorical }.count
        let lines = text("pii")
        let note = lines.firstIndex { $0.contains("NATO publishes no full list; \(current) confirmed member") }
        let heading = lines.firstIndex { $0.hasPrefix("Members (") }
        #expect(note != nil, "\(lines)")
        if let note, let heading { #expect(note == heading + 1, "the note sits under the members heading") }
        #expect(!text("md").contains { $0.contains("NATO publishes no full list") })
        #expect(text("pfp").contains { $0.contains("Russia") && $0.contains("(suspended)") })
    }
}
