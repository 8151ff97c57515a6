import NatoData
import NatoModel
import Testing

/// Lessons (docs/LESSONS.md): Markdown a teacher writes, checked against the data set with
/// every problem naming its line.
@Suite struct LessonTests {
    static let catalog: Catalog = {
        switch BuiltinData.load() {
        case .success(let c): return c
        case .failure(let p): fatalError("built-in data: \(p)")
        }
    }()

    static func load(_ text: String, name: String = "lesson.md") -> Result<[Tour], DataProblems> {
        TourLoader.load([DataFile(name: name, bytes: Array(text.utf8))], catalog: catalog)
    }

    static func problems(_ text: String) -> [String] {
        switch load(text) {
        case .success: return []
        case .failure(let p): return p.problems.map(\.description)
        }
    }

    static let good = """
        ---
        title: Partners in the south
        interval: 20
        ---

        A lesson on the *Mediterranean Dialogue*.

        ## Who talks to NATO across the Mediterranean
        <!-- show: md -->
        Seven countries take part in the **Mediterranean Dialogue**.
        Ask the class to name three.

        <!-- speaker_note: Give them a minute; semicolons; stay in the note. -->

        ## Israel
        <!-- show: israel; year: 1995; map: europe -->
        Israel is a partner, not an ally: see [NATO's page](https://www.nato.int/) and `natoscope show israel`.

        <!--
        speaker_note: A note written
        over two lines.
        -->

        ## The 1990s
        <!-- span: 1994-1999; focus: timeline; filter: off -->
        The Dialogue opened in 1994.
        """

    @Test func aFullLessonLoadsWithEveryDirective() throws {
        let tours = try Self.load(Self.good).get()
        let t = try #require(tours.first)
        #expect(t.name == "lesson" && t.title == "Partners in the south" && t.interval == 20)
        #expect(t.description == "A lesson on the Mediterranean Dialogue.")
        #expect(t.steps.count == 3)
        #expect(t.steps[0] == TourStep(entity: "md", caption: "Seven countries take part in the Mediterranean Dialogue. Ask the class to name three.",
                                       notes: ["Give them a minute; semicolons; stay in the note."], title: "Who talks to NATO across the Mediterranean"))
        #expect(t.steps[1] == TourStep(entity: "israel",
                                       caption: "Israel is a partner, not an ally: see NATO's page (https://www.nato.int/) and natoscope show israel.",
                                       notes: ["A note written over two lines."], title: "Israel", year: 1995, map: .europe))
        #expect(t.steps[2] == TourStep(span: 1994...1999, focus: .timeline, filter: false, caption: "The Dialogue opened in 1994.", title: "The 1990s"))
    }

    @Test func everyErrorNamesItsLine() {
        let text = """
            ---
            title: Broken
            colour: red
            interval: soon
            ---

            ## Bad id
            <!-- show: isreal -->
            Text.

            ## Bad year and region
            <!-- year: 1900; map: europa -->
            Text.

            ## Bad directive
            <!-- sho: md; focus: map; filter: yes -->
            Text.

            ## Nothing to show
            Just text.

            ## No text
            <!-- show: md -->

            ## Bad span
            <!-- span: 2000-1990 -->
            Text.

            ## Twice
            <!-- show: md; show: ici -->
            Text.
            """
        let p = Self.problems(text)
        #expect(p == [
            #"lesson.md:3: unknown setting "colour"; expected one of title, description, interval"#,
            #"lesson.md:4: interval must be a number of seconds from 1 to 3600, found "soon""#,
            #"lesson.md:8: unknown id "isreal"; did you mean "israel"?"#,
            #"lesson.md:12: year must be from 1949 to \#(Self.latestYear) (the data's latest year), found "1900""#,
            #"lesson.md:12: unknown map region "europa"; did you mean "europe"?"#,
            #"lesson.md:16: unknown directive "sho"; did you mean "show"?"#,
            #"lesson.md:16: unknown pane "map"; expected one of countries, frameworks, areas, timeline, detail"#,
            #"lesson.md:16: filter must be 'on' or 'off', found "yes""#,
            #"lesson.md:19: the step has nothing to show: add <!-- show: ID -->, a span, a year or a map"#,
            #"lesson.md:22: the step has no text: write a sentence or two under the heading"#,
            #"lesson.md:26: the span ends before it starts: "2000-1990""#,
            #"lesson.md:30: "show" is given twice in this step"#,
        ], "\(p)")
    }

    static var latestYear: Int { catalog.data.milestones.map(\.date.year).max() ?? 0 }

    @Test func formProblemsNameTheirLine() {
        #expect(Self.problems("## Step\n<!-- show: md -->\nText.\n") == ["lesson.md:1: missing front matter: start the lesson with '---', 'title: ...' and '---'"])
        #expect(Self.problems("---\ndescription: d\n---\n## S\n<!-- show: md -->\nT.\n") == ["lesson.md:1: missing title: add 'title: ...' to the front matter"])
        #expect(Self.problems("---\ntitle: T\n---\nNo steps here.\n") == ["lesson.md:3: the lesson has no steps: each '## heading' starts one"])
        #expect(Self.problems("---\ntitle: T\n") .contains("lesson.md:1: the front matter opened on line 1 is never closed with '---'"))
        let unclosed = Self.problems("---\ntitle: T\n---\n## S\n<!-- show: md\nT.\n")
        #expect(unclosed.contains("lesson.md:5: the comment opened here is never closed with '-->'"), "\(unclosed)")
        #expect(Self.problems("---\ntitle: T\n---\n<!-- show: md -->\n## S\n<!-- show: md -->\nT.\n") == ["lesson.md:4: a directive before the first step ('## heading'): move it under a step"])
        let control = Self.problems("---\ntitle: T\n---\n## S\u{1B}[31m\n<!-- show: md -->\nT.\n")
        #expect(control.count == 1 && control[0].hasPrefix("lesson.md:4: the step holds control or format characters"), "\(control)")
        #expect(!control.joined().contains("\u{1B}"))
    }

    @Test func inlineMarkdownBecomesPlainText() {
        #expect(InlineMarkdown.plainText("*a* **b** _c_ `d*e` [f](https://g.h \"t\") <https://i.j> snake_case \\*k\\* 2 * 3") ==
                "a b c d*e f (https://g.h) https://i.j snake_case *k* 2 * 3")
        // Nesting and escapes around links, unclosed markers.
        #expect(InlineMarkdown.plainText("[a [b](u) c") == "[a b (u) c")
        #expect(InlineMarkdown.plainText("\\[a](u) \\\\[x](y) [x] (y) <no> `` `a` ``") == "[a](u) \\x (y) [x] (y) <no>  `a` ")
    }

    /// Each unclosed `<`, `[` or backtick run once searched to the end of the line: a long line
    /// of them took quadratic time (minutes at this length). It must come back unchanged.
    @Test func longLinesOfUnclosedMarkersStayLinear() {
        for unit in ["<", "[", "[x](", "<a", "[[x]"] {
            let line = String(repeating: unit, count: 100_000 / unit.count)
            let same = InlineMarkdown.plainText(line) == line
            #expect(same, "\(unit)")
        }
    }

    @Test func theBuiltInToursAreMarkdownLessons() {
        #expect(!BuiltinData.tourFiles.isEmpty)
        for file in BuiltinData.tourFiles {
            #expect(file.name.hasSuffix(".md"), "\(file.name)")
            switch TourLoader.load([file], catalog: Self.catalog) {
            case .success(let tours): #expect(tours.first?.steps.allSatisfy { $0.title != nil } == true)
            case .failure(let p): Issue.record("\(p)")
            }
        }
    }
}
