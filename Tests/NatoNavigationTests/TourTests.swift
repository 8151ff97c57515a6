import Foundation
import NatoData
import NatoModel
import NatoNavigation
import Testing

/// The built-in tours, validated against the built-in data set.
let builtinTours: [Tour] = {
    switch TourLoader.load(BuiltinData.tourFiles, catalog: catalog) {
    case .success(let t): return t
    case .failure(let problems): fatalError("built-in tours do not load: \(problems)")
    }
}()

func tour(_ name: String) -> Tour {
    guard let t = builtinTours.first(where: { $0.name == name }) else { fatalError("no tour \(name)") }
    return t
}

/// A small tour of the built-in data set with known steps.
let testTour = Tour(name: "test", title: "Test tour", description: "For tests.", steps: [
    TourStep(entity: "israel", caption: "Israel."),
    TourStep(entity: "md", filter: true, caption: "The Dialogue, filtered."),
    TourStep(span: 2014...2014, filter: false, caption: "The year 2014."),
    TourStep(entity: "ukraine", focus: .detail, caption: "Ukraine in detail.", notes: ["First note.", "Second note."]),
])

func touring(_ t: Tour = testTour, columns: Int = 100, rows: Int = 30, at clock: Double = 100, interval: Double? = nil) -> AppState {
    var s = make(columns, rows, tours: builtinTours)
    apply(&s, .tick(now: clock), .startTour(t, interval: interval))
    return s
}

@Suite struct TourSteppingTests {
    @Test func startsAtTheFirstStep() {
        let s = touring()
        #expect(s.tour?.step == 0)
        #expect(s.current == ref("israel"))
        #expect(s.mode == .tour)
        #expect(s.tour?.counter == "Tour: Test tour · step 1/4")
        checkInvariants(s, "start")
    }

    @Test func nextAndPreviousWalkTheSteps() {
        var s = touring()
        apply(&s, .nextStep)
        #expect(s.tour?.step == 1 && s.current == ref("md"))
        #expect(s.filter == .frameworks)
        #expect(s.list(.countries)?.items.count == 7)
        apply(&s, .nextStep)
        #expect(s.tour?.step == 2 && s.filter == nil)
        #expect(s.focus == .timeline)
        let year = s.current.map { catalog.data.milestones[$0.index].date.year }
        #expect(year == 2014)
        #expect(!s.highlighted.isEmpty)
        #expect(s.highlighted.allSatisfy { catalog.data.milestones[$0.index].date.year == 2014 })
        apply(&s, .nextStep)
        #expect(s.tour?.step == 3 && s.current == ref("ukraine") && s.focus == .detail)
        #expect(s.highlighted.isEmpty)
        apply(&s, .nextStep)
        #expect(s.tour?.step == 3)
        #expect(s.message?.contains("Last step") == true)
        apply(&s, .previousStep, .previousStep, .previousStep)
        #expect(s.tour?.step == 0 && s.current == ref("israel"))
        apply(&s, .previousStep)
        #expect(s.tour?.step == 0 && s.message == "First step")
        checkInvariants(s, "walked")
    }

    @Test func typedNumberJumps() {
        var s = touring()
        apply(&s, .stepDigit(3))
        #expect(s.tour?.typed == "3")
        apply(&s, .goToTypedStep)
        #expect(s.tour?.step == 2 && s.tour?.typed == "")
        apply(&s, .stepDigit(9), .stepDigit(9), .goToTypedStep)
        #expect(s.tour?.step == 2)
        #expect(s.message == "No step 99: the tour has 4")
        apply(&s, .stepDigit(1), .leaveTour)
        #expect(s.tour != nil && s.tour?.typed == "", "Esc first clears a typed number")
        apply(&s, .goToStep(3))
        #expect(s.tour?.step == 3)
    }

    @Test func keysDuringATour() {
        var s = touring()
        #expect(KeyMap.action(for: .character(" "), in: s) == .nextStep)
        #expect(KeyMap.action(for: .right, in: s) == .nextStep)
        #expect(KeyMap.action(for: .character("l"), in: s) == .nextStep)
        #expect(KeyMap.action(for: .left, in: s) == .previousStep)
        #expect(KeyMap.action(for: .character("h"), in: s) == .previousStep)
        #expect(KeyMap.action(for: .backspace, in: s) == .previousStep)
        #expect(KeyMap.action(for: .character("7"), in: s) == .stepDigit(7))
        #expect(KeyMap.action(for: .control("p"), in: s) == .toggleStepIndex)
        #expect(KeyMap.action(for: .character("i"), in: s) == .toggleStepIndex)
        #expect(KeyMap.action(for: .character("a"), in: s) == .toggleAutoAdvance)
        #expect(KeyMap.action(for: .escape, in: s) == .leaveTour)
        #expect(KeyMap.action(for: .enter, in: s) == .open)
        #expect(KeyMap.action(for: .character("G"), in: s) == .goToStep(3))
        #expect(KeyMap.action(for: .character("t"), in: s) == .openTours)
        #expect(KeyMap.action(for: .character("p"), in: s) == .togglePresenter)
        #expect(KeyMap.action(for: .character("q"), in: s) == .quit)
        apply(&s, .stepDigit(2))
        #expect(KeyMap.action(for: .enter, in: s) == .goToTypedStep)
        #expect(KeyMap.action(for: .character("G"), in: s) == .goToTypedStep)
        // Outside a tour the keys keep their meaning.
        let plain = make()
        #expect(KeyMap.action(for: .character("3"), in: plain) == .focus(.areas))
        #expect(KeyMap.action(for: .left, in: plain) == .focusLeft)
        #expect(KeyMap.action(for: .character("t"), in: plain) == .openTours)
    }

    @Test func everyKeyOfTheTourTablesMapsToItsAction() {
        var states: [KeyMap.Mode: AppState] = [:]
        var s = touring()
        apply(&s, .stepDigit(2))
        states[.tour] = s
        apply(&s, .toggleStepIndex)
        states[.tourSteps] = s
        apply(&s, .escape, .openTours)
        states[.tourList] = s
        for (mode, st) in states {
            #expect(st.mode == mode)
            for b in KeyMap.table(for: mode) {
                for key in b.keys {
                    if case .character(let c) = key, c.isNumber { continue }
                    #expect(KeyMap.action(for: key, in: st) == b.action, "\(mode) \(key)")
                }
            }
        }
    }

    @Test func escapeLeavesTheTourWhereItIs() {
        var s = touring()
        apply(&s, .nextStep, .nextStep)
        let here = s.current
        apply(&s, .leaveTour)
        #expect(s.tour == nil)
        #expect(s.current == here)
        #expect(s.mode == .normal)
        #expect(s.highlighted.isEmpty)
        #expect(s.message?.contains("Left the tour") == true)
        #expect(s.layout.captionPanel.height == 0)
        checkInvariants(s, "left")
    }

    @Test func tourListPicksATour() {
        var s = make(tours: builtinTours)
        apply(&s, .openTours)
        #expect(s.mode == .tourList)
        apply(&s, .moveDown, .chooseTour)
        #expect(s.overlay == nil)
        #expect(s.tour?.tour == builtinTours[1])
        #expect(s.tour?.step == 0)
        var empty = make()
        apply(&empty, .openTours)
        #expect(empty.overlay == nil && empty.message == "No tours loaded")
    }

    @Test func stepIndexJumps() {
        var s = touring()
        apply(&s, .toggleStepIndex)
        guard case .tourSteps(let list) = s.overlay else { Issue.record("no step index"); return }
        #expect(list.selection == 0)
        apply(&s, .moveDown, .moveDown, .chooseStep)
        #expect(s.overlay == nil && s.tour?.step == 2)
        apply(&s, .toggleStepIndex, .escape)
        #expect(s.overlay == nil && s.tour?.step == 2)
    }

    @Test func captionPanelTakesRowsAboveTheStatusLine() {
        let s = touring(columns: 80, rows: 24)
        let l = s.layout
        #expect(l.captionPanel.height == 2)
        #expect(l.captionPanel.bottom == 23)
        for pane in l.visiblePanes { #expect((l.rect(pane)?.bottom ?? 0) <= l.captionPanel.row, "\(pane)") }
    }

    @Test func speakerNotesNameTheStep() {
        var s = touring()
        apply(&s, .goToStep(3))
        let notes = s.speakerNotes(catalog: catalog)
        #expect(notes.hasPrefix("Tour: Test tour · step 4/4\n"))
        #expect(notes.contains("Shows: Ukraine"))
        #expect(notes.contains("Ukraine in detail."))
        #expect(notes.contains("First note.") && notes.contains("Second note."))
        #expect(notes.contains("This is the last step."))
        #expect(make().speakerNotes(catalog: catalog) == "No tour is running.\n")
    }
}

@Suite struct AutoAdvanceTests {
    @Test func advancesOnTheInjectedClockAndLoops() {
        var s = touring(at: 100, interval: 5)
        #expect(s.tour?.autoAdvance == true)
        apply(&s, .tick(now: 104.9))
        #expect(s.tour?.step == 0)
        apply(&s, .tick(now: 105))
        #expect(s.tour?.step == 1)
        apply(&s, .tick(now: 109.9))
        #expect(s.tour?.step == 1)
        apply(&s, .tick(now: 110), .tick(now: 115))
        #expect(s.tour?.step == 3)
        apply(&s, .tick(now: 119.99))
        #expect(s.tour?.step == 3)
        apply(&s, .tick(now: 120))
        #expect(s.tour?.step == 0, "loops back to the first step after the last")
        checkInvariants(s, "looped")
    }

    @Test func aKeyRestartsTheTimer() {
        var s = touring(at: 100, interval: 5)
        apply(&s, .tick(now: 104), .nextStep, .tick(now: 106))
        #expect(s.tour?.step == 1, "the manual step at 104 restarts the timer")
        apply(&s, .tick(now: 109))
        #expect(s.tour?.step == 2)
    }

    @Test func offByDefaultAndToggled() {
        var s = touring(at: 0)
        apply(&s, .tick(now: 1000))
        #expect(s.tour?.step == 0)
        apply(&s, .toggleAutoAdvance)
        #expect(s.tour?.autoAdvance == true)
        #expect(s.message?.contains("every 10 s") == true)
        apply(&s, .tick(now: 1009))
        #expect(s.tour?.step == 0)
        apply(&s, .tick(now: 1010))
        #expect(s.tour?.step == 1)
        apply(&s, .toggleAutoAdvance, .tick(now: 2000))
        #expect(s.tour?.step == 1 && s.tour?.autoAdvance == false)
    }

    @Test func pausesWhileAnOverlayIsOpenAndKeepsMessages() {
        var s = touring(at: 0, interval: 2)
        apply(&s, .toggleHelp, .tick(now: 10))
        #expect(s.tour?.step == 0)
        apply(&s, .toggleHelp, .stepDigit(4))
        let message = s.message
        apply(&s, .tick(now: 10.5))
        #expect(s.message == message && message != nil, "ticks leave the status message alone")
    }
}

@Suite struct PresenterTests {
    @Test func fitCheckSaysWhatIsCut() {
        var s = make(80, 24)
        apply(&s, .togglePresenter)
        #expect(s.presenter)
        let m = s.message ?? ""
        #expect(m.hasPrefix("presenter: at 80x24 "), "\(m)")
        #expect(m.contains("the detail pane is hidden"), "\(m)")
        #expect(m.contains("shows everything"), "\(m)")
        apply(&s, .resize(columns: 300, rows: 60))
        #expect(s.message?.hasPrefix("presenter: at 300x60") == true, "resizing re-runs the check: \(s.message ?? "")")
        #expect(s.message?.contains("detail pane is hidden") == false)
        apply(&s, .togglePresenter)
        #expect(!s.presenter && s.message == "Presenter profile off")
        apply(&s, .resize(columns: 80, rows: 24))
        #expect(s.message?.hasPrefix("presenter:") == false, "no fit check without the presenter profile")
    }

    @Test func suggestedSizeReallyFits() {
        var s = make(80, 24)
        apply(&s, .togglePresenter)
        let m = s.message ?? ""
        guard let range = m.range(of: "; "), let x = m[range.upperBound...].split(separator: " ").first else {
            Issue.record("no suggestion in \(m)")
            return
        }
        let parts = x.split(separator: "x").compactMap { Int($0) }
        #expect(parts.count == 2)
        apply(&s, .resize(columns: parts[0], rows: parts[1]))
        #expect(s.message?.contains("everything fits") == true, "\(s.message ?? "")")
    }

    @Test func widerMarginsWhereTheSizeAllows() {
        var s = make(160, 40)
        let before = s.layout.rect(.countries)
        apply(&s, .togglePresenter)
        let after = s.layout.rect(.countries)
        #expect(before?.column == 0)
        #expect((after?.column ?? 0) > 0)
        #expect((after?.row ?? 0) == 2, "a blank row under the title")
        checkInvariants(s, "presenter")
    }
}

@Suite struct TourRandomTests {
    static let actions: [Action] = RandomSequenceTests.actions + [
        .openTours, .chooseTour, .chooseStep, .nextStep, .previousStep, .stepDigit(2), .stepDigit(0), .goToTypedStep,
        .goToStep(5), .goToStep(-1), .toggleStepIndex, .toggleAutoAdvance, .leaveTour, .togglePresenter,
        .tick(now: 0), .tick(now: 50), .tick(now: 1000),
    ]

    @Test(arguments: [(80, 24), (100, 30), (60, 16), (200, 50)])
    func randomTourActionsKeepInvariants(size: (Int, Int)) {
        var rng = SplitMix64(seed: UInt64(size.0 * 7 + size.1))
        var s = make(size.0, size.1, tours: builtinTours)
        for step in 0..<2000 {
            if s.tour == nil && step % 50 == 0 {
                apply(&s, .startTour(builtinTours[step / 50 % builtinTours.count], interval: 3))
            }
            let action = Self.actions[Int.random(in: 0..<Self.actions.count, using: &rng)]
            reduce(&s, action, catalog: catalog)
            checkInvariants(s, "\(size) step \(step) \(action)")
            if let t = s.tour { #expect(t.tour.steps.indices.contains(t.step)) }
        }
    }
}
