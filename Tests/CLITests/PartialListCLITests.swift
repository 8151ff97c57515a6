import Foundation
import Testing

/// Issue 8: where NATO publishes no full member list, every output that lists members says
/// so, with the number shown; complete lists say nothing of the kind.
@Suite("Partial member lists on the command line", .serialized)
struct PartialListCLITests {
    static let marker = "NATO publishes no full list"

    @Test func listShowJSONAndHandoutsSayAPartialListIsPartial() throws {
        let json = try CLI.run(["list", "countries", "--framework", "pii", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        let note = "\(Self.marker); \(rows.count) confirmed member\(rows.count == 1 ? "" : "s") shown"
        for row in rows {
            let list = row["frameworkList"] as? [String: Any]
            #expect(list?["note"] as? String == note, "\(row["id"] ?? "?")")
            #expect(list?["membersComplete"] as? Bool == false)
        }
        let text = try CLI.run(["list", "countries", "--framework", "pii", "--width", "200"])
        #expect(text.stdout.contains(note + "."), "\(text.stdout)")
        #expect(text.stdout.contains("\(rows.count) countries"))

        let show = try CLI.run(["show", "pii", "--width", "200"])
        #expect(show.stdout.contains(note), "\(show.stdout)")
        let showJSON = try CLI.run(["show", "pii", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(showJSON.stdout.utf8)) as? [String: Any])
        #expect(record["membersComplete"] as? Bool == false)
        #expect(record["membersNote"] as? String == note)
        #expect((record["members"] as? [String])?.count == rows.count)

        let handout = try CLI.run(["export", "--format", "markdown", "pii"])
        #expect(handout.stdout.contains(note), "the record handout")
        let all = try CLI.run(["export", "--format", "markdown"])
        #expect(all.stdout.contains("*\(note)*"), "the data set handout")
    }

    /// The NACC's list is partial (membersComplete false): as of a year it existed, its count
    /// is a lower bound; today it has ended and its zero is certain.
    @Test func anEndedPartialFrameworkCountsAsPartialAsOfAYearItExisted() throws {
        let then = try CLI.run(["list", "frameworks", "--as-of", "1995", "--width", "200"])
        #expect(then.status == 0, "\(then.stderr)")
        let nacc = then.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("nacc ") }
        #expect(nacc?.contains("+ ") == true, "\(then.stdout)")
        #expect(then.stdout.contains("(+ partial list"), "\(then.stdout)")
        let today = try CLI.run(["list", "frameworks", "--width", "200"])
        let naccToday = today.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("nacc ") }
        #expect(naccToday?.contains("+") == false, "\(today.stdout)")
    }

    /// Kuwait's ICI year is uncertain in the built-in data (2004–2005): as of a later year the
    /// report gives the range, not the one year `joined` holds.
    @Test func asOfGivesAnUncertainJoiningYearAsItsRange() throws {
        let kuwait = try CLI.run(["show", "kuwait", "--as-of", "2010", "--width", "200"])
        #expect(kuwait.status == 0, "\(kuwait.stderr)")
        #expect(kuwait.stdout.contains("ICI since 2004–2005 (sources differ)"), "\(kuwait.stdout)")
        // As of 2004 the sources leave it open: neither "no tie" nor "not yet happened".
        let early = try CLI.run(["show", "kuwait", "--as-of", "2004", "--width", "200"])
        #expect(!early.stdout.contains("no tie to NATO"), "\(early.stdout)")
        #expect(early.stdout.contains("possibly member of ICI (sources differ on the year: 2004–2005)"), "\(early.stdout)")
        let step = try CLI.run(["show", "m-2005-bahrain-kuwait-qatar-join-ici", "--as-of", "2004", "--width", "200"])
        #expect(step.stdout.contains("may have happened"), "\(step.stdout)")
    }

    /// Serbia's PII joining year is not recorded: as of 2015 the list marks the membership as
    /// assumed from the framework's founding, as `show --as-of` does.
    @Test func asOfListMarksAnUnrecordedJoiningYear() throws {
        let list = try CLI.run(["list", "countries", "--as-of", "2015", "--width", "200"])
        let serbia = list.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("serbia ") }
        #expect(serbia?.hasSuffix("PII?") == true, "\(serbia ?? "")")
        #expect(list.stdout.contains("? joining year not recorded"))
    }

    /// A membership whose start the sources dispute is listed, marked, and counted as a
    /// range as of a year it may have begun; the framework's own report names it apart.
    @Test func asOfReportsNeverTurnADisputedStartIntoANo() throws {
        let list = try CLI.run(["list", "countries", "--framework", "ici", "--as-of", "2004", "--width", "200"])
        let kuwait = list.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("kuwait ") }
        #expect(kuwait?.hasSuffix("ICI?") == true, "\(list.stdout)")
        #expect(list.stdout.contains("? joining year not recorded or disputed"))
        let frameworks = try CLI.run(["list", "frameworks", "--as-of", "2004", "--width", "200"])
        let ici = frameworks.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("ici ") }
        #expect(ici?.contains(" 0-1 ") == true, "\(frameworks.stdout)")
        let show = try CLI.run(["show", "ici", "--as-of", "2004", "--width", "200"])
        #expect(show.stdout.contains("no member for certain; possibly Kuwait (sources differ on the year: 2004–2005)"), "\(show.stdout)")
        #expect(!show.stdout.contains("no members yet"))
        let map = try CLI.run(["map", "--framework", "ici", "--as-of", "2004", "--width", "120"])
        #expect(map.stdout.contains("ICI members (1 possibly: sources differ on the year) 1"), "\(map.stdout)")
    }

    @Test func completeListsDoNotClaimToBePartialAndSuspensionsAreMarked() throws {
        let md = try CLI.run(["list", "countries", "--framework", "md"])
        #expect(md.status == 0)
        #expect(!md.stdout.contains(Self.marker))
        let showJSON = try CLI.run(["show", "pfp", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(showJSON.stdout.utf8)) as? [String: Any])
        #expect(record["membersComplete"] as? Bool == true)
        #expect(record["membersNote"] is NSNull)
        let suspended = try #require(record["suspendedMembers"] as? [String])
        #expect(suspended.contains("russia"), "Russia's PfP membership is suspended: \(suspended)")
        let russia = try CLI.run(["show", "russia", "--width", "200"])
        #expect(russia.stdout.contains("(suspended)"))
        let csv = try CLI.run(["export", "--format", "csv", "countries"])
        let line = csv.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("russia,") }
        #expect(line?.contains("(suspended)") == true, "\(line ?? "")")
    }

    @Test func anUncertainYearIsShownWithItsRangeAndNeverAsked() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("natoscope-uncertain-\(getpid()).json")
        try Self.uncertainData.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let show = try CLI.run(["show", "kuwait", "--data", url.path, "--width", "200"])
        #expect(show.stdout.contains("ICI 2005 (sources differ: 2004–2005)"), "\(show.stdout)")
        #expect(show.stdout.contains("Sources differ: Kuwait dates its entry to December 2004"))
        let timeline = try CLI.run(["timeline", "--data", url.path])
        #expect(timeline.stdout.contains("Kuwait joins the ICI (?)"))
        #expect(timeline.stdout.contains("(?) the sources differ on the year"))
        for seed in 1...20 {
            let quiz = try CLI.run(["quiz", "--data", url.path, "--seed", String(seed), "--answers", "--format", "json"])
            #expect(quiz.status == 0)
            #expect(!quiz.stdout.contains("joinedFramework") && !quiz.stdout.contains("firstMilestone"), "the uncertain year is never asked")
        }
    }

    static let uncertainData = #"""
{ "dataset": {"checked": "2026-12-01"},
  "sources": [{ "id": "s", "title": "S", "kind": "official", "url": "https://example.org/s" }, { "id": "t", "title": "T", "kind": "other" }],
  "frameworks": [{ "id": "ici", "name": "Istanbul Cooperation Initiative", "abbreviation": "ICI", "membersComplete": true, "alliesExcluded": true, "kind": "initiative", "founded": 2004, "region": "Gulf", "purpose": "P.", "summary": "S.", "sources": ["s"] }],
  "countries": [{ "id": "kuwait", "name": "Kuwait", "kind": "partner", "region": "Gulf", "summary": "S.", "sources": ["s"],
     "memberships": [{ "framework": "ici", "joined": 2005, "status": "active", "uncertain": { "from": 2004, "to": 2005, "note": "Kuwait dates its entry to December 2004, NATO to 2005.", "sources": ["s", "t"] } }] }],
  "milestones": [{ "id": "m-kuwait", "date": "2005", "title": "Kuwait joins the ICI", "summary": "S.", "countries": ["kuwait"], "frameworks": ["ici"], "sources": ["s"],
     "uncertain": { "from": 2004, "to": 2005, "note": "Sources differ.", "sources": ["s", "t"] } }] }
"""#
}
