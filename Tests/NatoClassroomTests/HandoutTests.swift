import NatoClassroom
import NatoModel
import Testing

/// A minimal RFC 4180 reader, to check what the CSV writer produces.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, i = text.startIndex
    while i < text.endIndex {
        let ch = text[i]
        if quoted {
            if ch == "\"" {
                let next = text.index(after: i)
                if next < text.endIndex, text[next] == "\"" { field.append("\""); i = next } else { quoted = false }
            } else {
                field.append(ch)
            }
        } else if ch == "\"" {
            quoted = true
        } else if ch == "," {
            row.append(field); field = ""
        } else if ch == "\r\n" || ch == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else {
            field.append(ch)
        }
        i = text.index(after: i)
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite("Handouts")
struct HandoutTests {
    @Test(arguments: [("israel", "handout-israel.md"), ("md", "handout-md.md"), ("m-1995-israel-md", "handout-milestone.md"), ("nato-page", "handout-source.md")])
    func recordHandoutsMatchGolden(id: String, golden: String) throws {
        let c = try Fixtures.minimal()
        let r = try #require(c.ref(for: id))
        try Fixtures.assertGolden(Handout.markdown(r, catalog: c), golden)
    }

    @Test func dataSetHandoutAndCSVMatchGolden() throws {
        let c = try Fixtures.minimal()
        try Fixtures.assertGolden(Handout.markdown(catalog: c), "handout-all.md")
        try Fixtures.assertGolden(Handout.csv(.countries, catalog: c), "countries.csv")
        try Fixtures.assertGolden(Handout.csv(.milestones, catalog: c), "milestones.csv")
    }

    @Test func escapesMarkdownInDataText() {
        #expect(Markdown.escape("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`")
        #expect(Markdown.escape("[x](http://evil) <b>hi</b> a|b # ~s~ &amp;") == "\\[x\\](http://evil) \\<b\\>hi\\</b\\> a\\|b \\# \\~s\\~ \\&amp;")
        #expect(Markdown.escape("- not a list") == "\\- not a list")
        #expect(Markdown.escape("+ nor this") == "\\+ nor this")
        #expect(Markdown.escape("1994. Not a list") == "1994\\. Not a list")
        #expect(Markdown.escape("2) neither") == "2\\) neither")
        #expect(Markdown.escape("Euro-Atlantic, 1994.") == "Euro-Atlantic, 1994.")
        #expect(Markdown.escape("bell\u{07}esc\u{1B}[31m") == "bell\u{FFFD}esc\u{FFFD}\\[31m")
        #expect(Markdown.link("T [1]", "https://x.org/a b(c)") == "[T \\[1\\]](https://x.org/a%20b%28c%29)")
        #expect(Markdown.link("No address", nil) == "No address")
    }

    @Test func csvQuotesAsRFC4180Says() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("=1+1") == "'=1+1", "no formula runs in a spreadsheet")
        #expect(CSV.field("Türkiye") == "Türkiye")
        #expect(CSV.row(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func hostileDataStaysTextInHandouts() throws {
        let c = try Fixtures.catalog("""
            { "sources": [{ "id": "s", "title": "Evil ](javascript:alert(1)) title", "kind": "official", "url": "https://example.org/a_(b)" }],
              "countries": [{ "id": "x", "name": "# Heading | pipe", "kind": "partner", "region": "Europe",
                "memberships": [{ "framework": "f", "joined": 2000, "status": "active", "remark": "<script>alert(1)</script>" }],
                "summary": "1. Not a list, \\"quoted\\", *not bold*", "sources": ["s"],
                "notes": [{ "kind": "correction", "claimedBy": ["s"], "claim": "> not a quote", "correction": "`not code`", "sources": ["s"] }] }],
              "frameworks": [{ "id": "f", "name": "F, with comma", "membersComplete": true, "alliesExcluded": false, "kind": "forum", "founded": 1990, "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] }] }
            """)
        let r = try #require(c.ref(for: "x"))
        for md in [Handout.markdown(r, catalog: c), Handout.markdown(catalog: c)] {
            #expect(!md.contains("<script>"))
            #expect(md.contains("\\# Heading \\| pipe"))
            #expect(md.contains("[Evil \\](javascript:alert(1)) title]("), "the bracket in the title is escaped, so the link text ends at the real bracket")
            #expect(md.contains("(https://example.org/a_%28b%29)"))
            #expect(md.contains("⚠ CORRECTION") || md.contains("see Corrections"))
            #expect(!md.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        #expect(Handout.markdown(r, catalog: c).contains("1\\. Not a list"))
        #expect(Handout.markdown(r, catalog: c).contains("\\<script\\>alert(1)\\</script\\>"), "the remark is shown, escaped")
        let rows = parseCSV(Handout.csv(.countries, catalog: c))
        #expect(rows.count == 2)
        #expect(rows[1] == ["x", "# Heading | pipe", "partner", "Europe", "", "F, with comma 2000"])
    }

    @Test func builtinHandoutsCoverEveryRecordWithoutControlCharacters() throws {
        let c = try Fixtures.builtinCatalog()
        for kind in EntityKind.allCases {
            for r in c.refs(kind) {
                let md = Handout.markdown(r, catalog: c)
                #expect(md.hasPrefix("# "))
                #expect(!md.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
                for id in c.sourceIDs(r) {
                    guard let s = c.ref(for: id), let url = c.data.sources[s.index].url else { continue }
                    #expect(md.contains("](\(Markdown.linkTarget(url)))"), "\(c.id(r)) links \(id)")
                }
                if !c.notes(r).isEmpty { #expect(md.contains("⚠ CORRECTION") || md.contains("⚠ UNCONFIRMED")) }
            }
        }
        let all = Handout.markdown(catalog: c)
        for section in ["## Frameworks", "## Countries", "### Allies (32)", "### Partners", "## Cooperation areas", "## Timeline",
                        "## Institutions", "## Exercises", "## Organisations", "## Corrections and caveats", "## Sources"] {
            #expect(all.contains("\n\(section)"), "\(section)")
        }
    }

    @Test func builtinCSVHasOneRowPerRecordAndRoundTrips() throws {
        let c = try Fixtures.builtinCatalog()
        let countries = parseCSV(Handout.csv(.countries, catalog: c))
        #expect(countries.count == c.count(.country) + 1)
        #expect(countries.first == ["id", "name", "status", "region", "accession", "memberships"])
        #expect(countries.allSatisfy { $0.count == 6 })
        #expect(Set(countries.dropFirst().map { $0[0] }) == Set(c.refs(.country).map { c.id($0) }))
        let israel = try #require(countries.first { $0[0] == "israel" })
        #expect(israel[2] == "partner")
        #expect(israel[5].contains("MD"))
        let milestones = parseCSV(Handout.csv(.milestones, catalog: c))
        #expect(milestones.count == c.count(.milestone) + 1)
        #expect(milestones.allSatisfy { $0.count == 7 })
        #expect(milestones.dropFirst().map { $0[1] } == c.milestonesByDate.map { c.data.milestones[$0].common.id })
    }
}
