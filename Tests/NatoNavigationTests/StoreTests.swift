// Navigation and tour actions through the test store: each send asserts the whole state
// that follows and the effects that come out.
import NatoModel
@testable import NatoNavigation
import Testing

@Suite struct StoreNavigationTests {
    @Test func overlaysOpenAndCloseWithTheirOwnState() {
        var s = TestStore(make(), catalog: catalog)
        s.send(.toggleHelp) { $0.overlay = .help(ListState(KeyMap.table(for: .normal))) }
        s.send(.moveDown) {
            var help = ListState(KeyMap.table(for: .normal))
            help.scroll(by: 1, rows: $0.layout.helpRows)
            $0.overlay = .help(help)
        }
        s.send(.escape) { $0.overlay = nil }
        s.send(.startSearch) { $0.overlay = .search }
        s.send(.searchInput("\u{7}"))  // a control character types nothing
        s.send(.searchInput("x")) {
            $0.search.query = "x"
            $0.search.list = ListState(catalog.search("x").map(\.ref))
        }
        s.send(.escape) { $0.overlay = nil }
        s.send(.quit, effects: [.quit])
    }

    @Test func messagesAndLinksWithoutSideEffects() {
        var s = TestStore(make(), catalog: catalog)
        s.send(.back) { $0.message = "Nothing to go back to" }
        s.send(.forward) { $0.message = "Nothing to go forward to" }
        s.send(.notesFileFailed("cannot write the notes file x: denied")) { $0.message = "cannot write the notes file x: denied" }
        s.send(.toggleStepIndex) { $0.message = "No tour is running: press t to pick one" }
        s.send(.openTours) { $0.message = "No tours loaded" }
    }
}

@Suite struct StoreTourTests {
    @Test func startingAndSteppingRewriteTheNotes() {
        var s = TestStore(touring(), catalog: catalog)
        // Each step change hands the runtime the new speaker notes.
        s.sendChecking(.nextStep) { state, effects in
            #expect(state.tour?.step == 1 && state.current == ref("md"))
            guard case .writeNotes(let notes)? = effects.first, effects.count == 1 else {
                Issue.record("expected one notes effect, got \(effects)")
                return
            }
            #expect(notes.hasPrefix("Tour: Test tour · step 2/4\n"), "\(notes)")
        }
        s.send(.stepDigit(3)) {
            $0.tour?.typed = "3"
            $0.message = "Step 3: Enter or G to go"
        }
        s.send(.leaveTour) {  // Esc first clears the typed number (and, like every key, the message)
            $0.tour?.typed = ""
            $0.message = nil
        }
        s.send(.toggleAutoAdvance) {
            $0.tour?.autoAdvance = true
            $0.tour?.stepStartedAt = $0.clock
            $0.message = "Auto-advance on: a new step every 10 s"
        }
        s.send(.tick(now: 105)) { $0.clock = 105 }  // not yet 10 s: only the clock moves
        s.send(.leaveTour, effects: [.writeNotes("No tour is running.\n")]) {
            $0.tour = nil
            $0.highlighted = []
            $0.message = "Left the tour \"Test tour\""
        }
    }

    @Test func presenterSwitchesTheTheme() {
        var s = TestStore(make(), catalog: catalog)
        s.sendChecking(.togglePresenter) { state, effects in
            #expect(effects == [.switchTheme(presenter: true)])
            #expect(state.presenter && state.message?.hasPrefix("presenter: at 100x30") == true)
        }
        s.sendChecking(.togglePresenter) { state, effects in
            #expect(effects == [.switchTheme(presenter: false)])
            #expect(!state.presenter && state.message == "Presenter profile off")
        }
    }
}
