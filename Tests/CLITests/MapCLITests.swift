import Foundation
import Testing

@Suite("natoscope map and --as-of", .serialized)
struct MapCLITests {
    @Test func europeAt80x24MatchesTheGolden() throws {
        // Built-in data: re-record (NATOSCOPE_RECORD=1) when the facts change.
        let r = try CLI.run(["map", "--region", "europe", "--width", "80", "--height", "24"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"), "patterns, not colour, when piped")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        try CLI.assertGolden(r.stdout, "map-europe-80x24.txt")
    }

    @Test func noColorAndPipesGetPatternsAndTheLegendCounts() throws {
        let r = try CLI.run(["map", "--as-of", "1999", "--width", "100", "--height", "30"], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Allies 19"))
        #expect(r.stdout.hasPrefix("natoscope map: world, as of 1999"))
        let md = try CLI.run(["map", "--framework", "md", "--as-of", "1995", "--region", "mena", "--width", "80", "--height", "20"])
        #expect(md.stdout.contains("MD members 6"), "\(md.stdout)")
    }

    @Test func aCountryFitsTheMapToIt() throws {
        let r = try CLI.run(["map", "--country", "malta", "--width", "40", "--height", "16"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("@"), "the selected country is drawn")
        #expect(r.stdout.contains("Malta"))
    }

    @Test(arguments: [
        (["map", "--region", "atlantis"], "invalid value 'atlantis' for --region"),
        (["map", "--width", "5"], "invalid value '5' for --width"),
        (["map", "--height", "3"], "invalid value '3' for --height"),
        (["map", "--as-of", "1948"], "invalid value '1948' for --as-of"),
        (["map", "--as-of", "2999"], "invalid value '2999' for --as-of"),
        (["list", "countries", "--as-of", "1900"], "invalid value '1900' for --as-of"),
        (["show", "poland", "--as-of", "3000"], "for --as-of"),
        (["timeline", "--as-of", "1800"], "a year from 1949 to"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownIdsExit1WithASuggestion() throws {
        let r = try CLI.run(["map", "--framework", "pfpp"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no framework 'pfpp'; did you mean 'pfp'?"))
        let c = try CLI.run(["map", "--country", "pfp"])
        #expect(c.status == 1, "a framework id is not a country")
    }

    @Test func listAsOfAYear() throws {
        for (year, count) in [(1998, 16), (1999, 19)] {
            let allies = try CLI.run(["list", "countries", "--kind", "ally", "--as-of", String(year)])
            #expect(allies.status == 0, "\(allies.stderr)")
            #expect(allies.stdout.contains("\n\(count) countries"), "\(allies.stdout.suffix(100))")
        }
        #expect(try CLI.run(["list", "countries", "--kind", "member", "--as-of", "1998"]).status == 64)
        let partners1998 = try CLI.run(["list", "countries", "--kind", "partner", "--as-of", "1998"])
        #expect(partners1998.stdout.contains("Poland"))
        let md = try CLI.run(["list", "countries", "--framework", "md", "--as-of", "1995"])
        #expect(md.stdout.contains("Egypt") && !md.stdout.contains("Algeria"))
        let pfp = try CLI.run(["list", "countries", "--framework", "pfp", "--as-of", "1998"])
        #expect(pfp.stdout.contains("Poland"))
        let frameworks = try CLI.run(["list", "frameworks", "--as-of", "1996"])
        #expect(frameworks.stdout.contains("NACC") || frameworks.stdout.contains("North Atlantic Cooperation Council"))
        #expect(!frameworks.stdout.contains("EAPC"))
        let md1996 = try #require(frameworks.stdout.split(separator: "\n").first { $0.hasPrefix("md ") })
        #expect(md1996.split(separator: " ").contains("6"), "MD members as of 1996: \(md1996)")
        let poland = try #require(partners1998.stdout.split(separator: "\n").first { $0.hasPrefix("poland ") })
        #expect(poland.contains("partner") && poland.contains("PfP") && !poland.contains("ally"), "\(poland)")
    }

    @Test func showAndTimelineAsOfAYear() throws {
        let poland = try CLI.run(["show", "poland", "--as-of", "1998"])
        #expect(poland.status == 0)
        #expect(poland.stdout.hasPrefix("As of 1998: not yet an Ally (joined in 1999); member of"))
        #expect(poland.stdout.contains("PfP since 1994"))
        let eapc = try CLI.run(["show", "eapc", "--as-of", "1996"])
        #expect(eapc.stdout.hasPrefix("As of 1996: not founded yet (founded in 1997)."))
        let timeline = try CLI.run(["timeline", "--as-of", "1999", "--format", "json"])
        #expect(timeline.status == 0)
        #expect(!timeline.stdout.contains("\"2000-") && !timeline.stdout.contains("\"2004"))
        #expect(timeline.stdout.contains("\"1999"))
    }
}
