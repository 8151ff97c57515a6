import Foundation
import Testing
import NatoData
import NatoModel
import NatoText

/// Checks of the shipped data set that the validator does not make (it accepts any
/// well-formed data set): what a classroom data set must hold to be complete and sourced.
@Suite("Built-in data set quality")
struct DataQualityTests {
    let c: Catalog
    init() throws { c = try BuiltinData.load().get() }

    var allRefs: [EntityRef] { EntityKind.allCases.flatMap { c.refs($0) } }

    @Test func everyRecordCitesASource() {
        for r in allRefs where r.kind != .source {
            #expect(!c.sourceIDs(r).isEmpty, "\(c.id(r)) has no source")
        }
    }

    @Test func theFiveSourceDocumentsAreSourcesAndCited() {
        let documents = c.data.sources.filter { $0.kind == .document }
        #expect(documents.count == 5)
        for d in documents {
            let citing = c.citing(source: c.ref(for: d.common.id)?.index ?? -1)
            let inNotes = allRefs.contains { c.notes($0).contains { $0.claimedBy.contains(d.common.id) } }
            #expect(!citing.isEmpty || inNotes, "\(d.common.id) is never cited")
        }
    }

    @Test func everyFrameworkHasCurrentMembersUnlessItEnded() {
        for (i, f) in c.data.frameworks.enumerated() {
            let current = c.members(ofFramework: i).filter { !$0.membership.isHistorical }
            if f.ended == nil {
                #expect(!current.isEmpty, "\(f.common.id) has no current members")
            } else {
                #expect(!c.members(ofFramework: i).isEmpty, "\(f.common.id) had no members")
            }
        }
    }

    /// The quiz relies on these flags to say "not a member": they must hold for the data.
    @Test func theCheckedDateIsRecordedAndFrameworkFlagsHoldForTheData() throws {
        let checked = try #require(c.data.checked, "Resources/data/dataset.json gives the date the data set was checked")
        #expect(checked.day != nil)
        for m in c.data.milestones {
            #expect(!(checked < m.date), "\(m.common.id) is dated after the check (\(checked))")
        }
        for (i, f) in c.data.frameworks.enumerated() where f.alliesExcluded {
            for m in c.members(ofFramework: i) where !m.membership.isHistorical {
                #expect(c.data.countries[m.country].kind == .partner, "\(f.common.id) excludes allies, yet lists \(c.data.countries[m.country].common.id)")
            }
        }
        #expect(c.data.frameworks.contains { !$0.membersComplete }, "some lists are partial (pii, dcb, itpp)")
    }

    @Test func requiredFrameworksExist() {
        for id in ["nacc", "eapc", "pfp", "md", "ici", "pag", "pii", "dcb", "itpp"] {
            #expect(c.ref(for: id)?.kind == .framework, "missing framework \(id)")
        }
    }

    @Test func thirtyTwoAlliesWithAccessionYears() {
        let allies = c.data.countries.filter { $0.kind == .ally }
        #expect(allies.count == 32)
        #expect(allies.allSatisfy { ($0.accession ?? 0) >= 1949 })
        let byYear = Dictionary(grouping: allies, by: { $0.accession ?? 0 }).mapValues(\.count)
        #expect(byYear == [1949: 12, 1952: 2, 1955: 1, 1982: 1, 1999: 3, 2004: 7, 2009: 2, 2017: 1, 2020: 1, 2023: 1, 2024: 1])
    }

    @Test func everyPartnerHasAMembershipAndTheDocumentedPartnersHaveSections() {
        for p in c.data.countries where p.kind == .partner {
            #expect(!p.memberships.isEmpty, "\(p.common.id) has no membership")
        }
        for id in ["israel", "ukraine", "georgia", "australia", "japan", "egypt", "jordan", "tunisia", "morocco"] {
            guard let r = c.ref(for: id) else { Issue.record("missing \(id)"); continue }
            #expect(!c.sections(r).isEmpty, "\(id) has no sections")
        }
        let israel = c.ref(for: "israel").map { c.sections($0).map(\.title) } ?? []
        #expect(israel.contains("Why it is not a member"))
        #expect(israel.contains("Challenges"))
        #expect(israel.contains("Outlook"))
    }

    @Test func milestonesSpanTheRecordAndAreLinked() {
        #expect(c.count(.milestone) >= 60)
        let years = c.data.milestones.map(\.date.year)
        #expect(years.min() == 1949)
        #expect((years.max() ?? 0) >= 2023)
        for m in c.data.milestones {
            #expect(!(m.countries.isEmpty && m.frameworks.isEmpty && m.areas.isEmpty && m.common.links.isEmpty), "\(m.common.id) links nothing")
        }
    }

    @Test func everyAreaIsTiedToACountryAndAFramework() {
        for r in c.refs(.area) {
            #expect(!c.related(r, kind: .country).isEmpty, "\(c.id(r)) has no country")
            #expect(!c.related(r, kind: .framework).isEmpty, "\(c.id(r)) has no framework")
        }
    }

    @Test func organisationsAreLinked() {
        for id in ["united-nations", "european-union", "osce", "african-union"] {
            guard let r = c.ref(for: id) else { Issue.record("missing \(id)"); continue }
            #expect(r.kind == .organization)
            #expect(!c.related(r).isEmpty, "\(id) is linked from nothing")
        }
    }

    @Test func noTwoRecordsShareAName() {
        var seen: [String: String] = [:]
        for r in allRefs where r.kind != .source {
            let key = String(decoding: SearchFolding.fold(c.name(r)), as: UTF8.self)
            if let other = seen[key] { Issue.record("\(c.id(r)) and \(other) are both named '\(c.name(r))'") }
            seen[key] = c.id(r)
        }
    }

    @Test func noTextHoldsControlCharacters() {
        let export = c.data.exportJSON()
        // The export escapes control characters as \\u00XX; the data set must have none.
        #expect(!export.contains("\\u00"))
        #expect(!export.contains("\\n"))
        #expect(!export.contains("\\t"))
        #expect(!export.hasUnsafeCharacters || export.unicodeScalars.allSatisfy { $0 != "\u{1B}" })
    }

    @Test func correctionNotesExistAndNameDocuments() {
        let notes = allRefs.flatMap { c.notes($0) }
        #expect(notes.count >= 20)
        let documents = Set(c.data.sources.filter { $0.kind == .document }.map(\.common.id))
        #expect(notes.allSatisfy { $0.claimedBy.allSatisfy { documents.contains($0) || c.ref(for: $0) != nil } })
        // The example the issue gives: a document places Japan in the ICI.
        let japan = c.ref(for: "japan").map { c.notes($0) } ?? []
        #expect(japan.contains { $0.claim.localizedCaseInsensitiveContains("Istanbul") || $0.claim.contains("ICI") })
    }
}

/// Every country, framework, institution, exercise, organisation and area the five source
/// documents name must be in the data set (the list: Fixtures/coverage/document-names.json).
@Suite("Coverage of the source documents")
struct CoverageTests {
    struct Entry: Decodable {
        var name: String
        var id: String
        var documents: [String]
    }

    struct List: Decodable { var names: [Entry] }

    @Test func everyNamedThingIsInTheDataSet() throws {
        let url = Fixtures.directory.appendingPathComponent("coverage/document-names.json")
        let list = try JSONDecoder().decode(List.self, from: Data(contentsOf: url))
        #expect(list.names.count >= 60, "the list is incomplete")
        let c = try BuiltinData.load().get()
        for entry in list.names {
            #expect(c.ref(for: entry.id) != nil, "'\(entry.name)' (\(entry.id)) is missing from the data set")
            for d in entry.documents { #expect(c.ref(for: d)?.kind == .source, "unknown document \(d)") }
        }
    }
}
