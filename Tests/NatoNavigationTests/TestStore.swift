// A store for tests, after The Composable Architecture's TestStore: send an action, say how
// the state must differ from before (on a copy) and which effects must come out; the whole
// state is compared, so a change nobody expected fails the test.
import NatoModel
@testable import NatoNavigation
import Testing

struct TestStore {
    private(set) var state: AppState
    let catalog: Catalog

    init(_ state: AppState, catalog: Catalog) {
        self.state = state
        self.catalog = catalog
    }

    /// Sends `action`; `expected` edits a copy of the state before the action into the state
    /// that must follow. Fails on any other difference and on other effects.
    mutating func send(_ action: Action, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       _ expected: (inout AppState) -> Void = { _ in }) {
        var want = state
        expected(&want)
        let got = reduce(&state, action, catalog: catalog)
        #expect(got == effects, "effects of \(action)", sourceLocation: sourceLocation)
        if state != want {
            Issue.record("state after \(action) differs: \(Self.difference(want, state))", sourceLocation: sourceLocation)
            state = want  // go on from what was expected, so one slip does not fail every later step
        }
    }

    /// Sends an action whose full result is long to spell out (a tour step moves panes and
    /// rebuilds the detail); the caller checks what matters in the state and the effects.
    mutating func sendChecking(_ action: Action, _ check: (AppState, [Effect]) -> Void) {
        let effects = reduce(&state, action, catalog: catalog)
        check(state, effects)
    }

    /// The top-level fields that differ, for a readable failure.
    static func difference(_ a: AppState, _ b: AppState) -> String {
        let left = Mirror(reflecting: a).children, right = Mirror(reflecting: b).children
        return zip(left, right).compactMap { l, r in
            String(describing: l.value) == String(describing: r.value) ? nil : "\(l.label ?? "?"): expected \(l.value), got \(r.value)"
        }.joined(separator: "; ")
    }
}
