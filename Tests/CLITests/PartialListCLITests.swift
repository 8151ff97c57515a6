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
}
