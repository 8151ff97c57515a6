import NatoData
import NatoModel
import NatoNavigation
import NatoRender
import NatoText
import Testing

enum TourFixtures {
    static func tours(_ catalog: Catalog) -> [Tour] {
        switch TourLoader.load(BuiltinData.tourFiles, catalog: catalog) {
        case .success(let t): return t
        case .failure(let problems): fatalError("built-in tours do not load: \(problems)")
        }
    }

    /// A fixed tour for snapshots, so that they do not change when the built-in tours do.
    static let snapshotTour = Tour(name: "snapshot", title: "Snapshot tour", description: "A tour for the snapshot tests.", steps: [
        TourStep(entity: "israel", caption: "Israel is a partner in NATO's Mediterranean Dialogue, not an Ally; it joined in February 1995 with four other countries."),
        TourStep(entity: "md", filter: true, caption: "The filter narrows the panes to the Dialogue's seven partners and its milestones."),
        TourStep(span: 2014...2014, filter: false, caption: "2014: the Wales Summit."),
    ])
}

@Suite struct TourRenderTests {
    /// Every built-in tour, replayed headlessly to its last step: each step's screen shows the
    /// counter, the caption's start, and the record the step selects (so tours cannot rot when
    /// the data changes).
    @Test func everyBuiltinTourShowsWhatItsCaptionsTalkAbout() throws {
        let c = Fixtures.builtin
        let tours = TourFixtures.tours(c)
        #expect(tours.count == 5)
        for tour in tours {
            for (w, h) in [(200, 50), (100, 30), (80, 24)] {
                var s = AppState(catalog: c, columns: w, rows: h)
                reduce(&s, .startTour(tour), catalog: c)
                for (i, step) in tour.steps.enumerated() {
                    if i > 0 { reduce(&s, .nextStep, catalog: c) }
                    let text = render(s, catalog: c).text()
                    let counter = "Tour: " + tour.title + " · step \(i + 1)/\(tour.steps.count)"
                    #expect(text.contains(TextLayout.truncate(counter, width: w - 6).replacingLastEllipsis), "\(tour.name) step \(i + 1) at \(w)x\(h): no counter\n\(text)")
                    let firstWords = step.caption.split(separator: " ").prefix(3).joined(separator: " ")
                    #expect(text.contains(firstWords), "\(tour.name) step \(i + 1) at \(w)x\(h): caption not shown\n\(text)")
                    guard w == 200 else { continue }
                    // The record the step selects, by name: in full where the detail is wide enough.
                    if let id = step.entity {
                        let r = try #require(c.ref(for: id), "\(tour.name) step \(i + 1): unknown id \(id)")
                        #expect(s.current == r || s.filterAnchor == r, "\(tour.name) step \(i + 1): \(id) is not selected")
                        let name = c.name(r)
                        let shown = name.count <= 60 ? name : String(name.prefix(40))
                        #expect(text.contains(shown), "\(tour.name) step \(i + 1): \(name) not on screen\n\(text)")
                    }
                    if let span = step.span {
                        let current = try #require(s.current)
                        #expect(current.kind == .milestone && span.contains(c.data.milestones[current.index].date.year))
                        #expect(text.contains(String(span.lowerBound)), "\(tour.name) step \(i + 1): year not on screen")
                        #expect(text.contains(String(c.name(current).prefix(40))), "\(tour.name) step \(i + 1): first milestone of the span not on screen")
                    }
                }
                #expect(s.tour?.step == tour.steps.count - 1)
            }
        }
    }

    @Test func captionPanelAndPresenterStatus() {
        let c = Fixtures.frozen
        var s = AppState(catalog: c, columns: 100, rows: 30)
        reduce(&s, .startTour(TourFixtures.snapshotTour), catalog: c)
        var lines = render(s, catalog: c).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[26].contains("Tour: Snapshot tour · step 1/3"), "\(lines[26])")
        #expect(lines[27].contains("Israel is a partner"))
        #expect(lines[29].contains("next") && lines[29].contains("leave"), "tour hints: \(lines[29])")
        reduce(&s, .togglePresenter, catalog: c)
        lines = render(s, catalog: c).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[29].contains("Tour: Snapshot tour · step 1/3"))
        #expect(!lines[29].contains("quit") && !lines[29].contains("help"), "presenter status line has no hints: \(lines[29])")
        reduce(&s, .toggleAutoAdvance, catalog: c)
        lines = render(s, catalog: c).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.contains("auto every 10 s") })
    }

    @Test func tourSnapshots() {
        let c = Fixtures.frozen
        let tour = TourFixtures.snapshotTour
        for (w, h) in [(100, 30), (80, 24), (60, 16)] {
            var s = AppState(catalog: c, columns: w, rows: h)
            reduce(&s, .startTour(tour), catalog: c)
            expectSnapshot(render(s, catalog: c), named: "tour-step1-\(w)x\(h)")
            reduce(&s, .nextStep, catalog: c)
            expectSnapshot(render(s, catalog: c), named: "tour-step2-\(w)x\(h)")
            reduce(&s, .nextStep, catalog: c)
            expectSnapshot(render(s, catalog: c), named: "tour-step3-\(w)x\(h)")
        }
        var s = AppState(catalog: c, columns: 100, rows: 30,
                         tours: [tour, Tour(name: "other", title: "Another tour", description: "The second tour.", steps: tour.steps)])
        reduce(&s, .openTours, catalog: c)
        expectSnapshot(render(s, catalog: c), named: "tour-list-100x30")
        reduce(&s, .chooseTour, catalog: c)
        reduce(&s, .toggleStepIndex, catalog: c)
        reduce(&s, .moveDown, catalog: c)
        expectSnapshot(render(s, catalog: c), named: "tour-steps-100x30")
    }

    @Test func presenterSnapshots() {
        let c = Fixtures.frozen
        for (w, h) in [(160, 40), (80, 24)] {
            var s = AppState(catalog: c, columns: w, rows: h)
            reduce(&s, .startTour(TourFixtures.snapshotTour), catalog: c)
            reduce(&s, .togglePresenter, catalog: c)
            expectSnapshot(render(s, catalog: c), named: "presenter-tour-\(w)x\(h)")
        }
    }

    @Test func everySizeWithATourRendersWithoutCrashing() {
        let c = Fixtures.small
        let tour = Tour(name: "t", title: "A tour with a long title that will not fit", description: "d", steps: [
            TourStep(entity: "japan", caption: "日本 is a partner across the globe; this caption is long enough to wrap over several lines at small sizes."),
            TourStep(span: 1994...2016, filter: true, caption: "All the years."),
        ])
        for w in stride(from: 0, through: 130, by: 7) {
            for h in stride(from: 0, through: 40, by: 3) {
                var s = AppState(catalog: c, columns: w, rows: h, tours: [tour])
                reduce(&s, .startTour(tour), catalog: c)
                for a: Action in [.togglePresenter, .nextStep, .toggleStepIndex, .moveDown, .escape, .openTours] {
                    reduce(&s, a, catalog: c)
                    let g = render(s, catalog: c)
                    #expect(g.columns == max(0, w) && g.rows == max(0, h))
                }
            }
        }
    }
}

extension String {
    /// A truncated string without its trailing ellipsis (to match it anywhere it is cut).
    var replacingLastEllipsis: String { hasSuffix("…") ? String(dropLast()) : self }
}
