// One table maps keys to actions in each mode; the same table draws the status-line hints and
// the help overlay, so they cannot drift apart.
import NatoText

public enum KeyMap {
    public enum Mode: Sendable, Equatable, CaseIterable {
        /// A list pane has the focus.
        case normal
        /// The detail pane has the focus.
        case detail
        /// The search overlay is open: printable keys type.
        case search
        /// The help overlay is open.
        case help
        /// A tour is running (and no overlay is open).
        case tour
        /// The list of tours (`t`) is open.
        case tourList
        /// The tour's step index (Ctrl-P or `i`) is open.
        case tourSteps
        /// A quiz (`Q`) is open.
        case quiz
        /// The map has the focus (`M`): keys move its cursor country to country.
        case map

        public var title: String {
            switch self {
            case .normal: return "lists"
            case .detail: return "detail"
            case .search: return "search"
            case .help: return "help"
            case .tour: return "tour"
            case .tourList: return "tours"
            case .tourSteps: return "tour steps"
            case .quiz: return "quiz"
            case .map: return "map"
            }
        }
    }

    public struct Binding: Sendable, Equatable {
        public let keys: [Key]
        /// How the keys are written in the help, e.g. "↑ k".
        public let label: String
        public let action: Action
        public let description: String
        /// Short text for the status line, when the binding is worth a hint there.
        public let hint: String?
        /// How the keys are written in the status line, when shorter or wider than `label`.
        public let hintKeys: String?

        init(_ keys: [Key], _ label: String, _ action: Action, _ description: String, hint: String? = nil, hintKeys: String? = nil) {
            self.hintKeys = hintKeys
            self.keys = keys
            self.label = label
            self.action = action
            self.description = description
            self.hint = hint
        }
    }

    private static func ch(_ s: String) -> [Key] { s.map { Key.character($0) } }

    private static let quit = Binding([.character("q"), .control("c")], "q ^C", .quit, "quit", hint: "quit", hintKeys: "q")
    private static let help = Binding([.character("?"), .function(1)], "? F1", .toggleHelp, "help for this context", hint: "help", hintKeys: "?")
    private static let search = Binding(ch("/"), "/", .startSearch, "search everything", hint: "search")
    private static let searchNav: [Binding] = [
        Binding(ch("n"), "n", .searchNext, "next search result"),
        Binding(ch("N"), "N", .searchPrevious, "previous search result"),
    ]
    private static let history: [Binding] = [
        Binding([.backspace] + ch("["), "⌫ [", .back, "back in history", hint: "back", hintKeys: "["),
        Binding(ch("]"), "]", .forward, "forward in history"),
    ]
    private static let panes: [Binding] = [
        Binding(ch("1"), "1", .focus(.countries), "focus Countries"),
        Binding(ch("2"), "2", .focus(.frameworks), "focus Frameworks"),
        Binding(ch("3"), "3", .focus(.areas), "focus Cooperation areas"),
        Binding(ch("4"), "4", .focus(.timeline), "focus Timeline"),
        Binding(ch("5"), "5", .focus(.detail), "focus Detail"),
    ]
    private static let decades: [Binding] = [
        Binding(ch("{<"), "{ <", .jumpDecade(-1), "timeline: previous decade"),
        Binding(ch("}>"), "} >", .jumpDecade(1), "timeline: next decade"),
    ]

    /// Time and the map: the same keys wherever the lists or the detail have the focus.
    private static let time: [Binding] = [
        Binding(ch(","), ",", .time(.step(-1)), "year: one back (as of the end of it)", hint: "year", hintKeys: ", ."),
        Binding(ch("."), ".", .time(.step(1)), "year: one forward"),
        Binding(ch("T"), "T", .time(.today), "year: back to today"),
        Binding(ch("P"), "P", .time(.togglePlay), "play the years from 1949 (again: pause)", hint: "play"),
        Binding(ch("+"), "+", .time(.speed(1)), "play faster"),
        Binding(ch("-"), "-", .time(.speed(-1)), "play slower"),
    ]
    private static let mapKeys: [Binding] = [
        Binding(ch("m"), "m", .map(.toggle), "show or hide the map", hint: "map"),
        Binding(ch("r"), "r", .map(.cycleRegion(1)), "map: next region (world, euro-atlantic, europe, mena, indo-pacific, fit)"),
        Binding(ch("R"), "R", .map(.cycleRegion(-1)), "map: previous region"),
        Binding(ch("M"), "M", .map(.toggleFocus), "map cursor: move country to country, Enter selects"),
        Binding(ch("z"), "z", .map(.zoom(1)), "map: zoom in"),
        Binding(ch("Z"), "Z", .map(.zoom(-1)), "map: zoom out"),
    ]

    private static let tours = Binding(ch("t"), "t", .openTours, "guided tours: pick one", hint: "tours")
    private static let presenter = Binding(ch("p"), "p", .togglePresenter, "presenter profile on or off")
    private static let quiz = Binding(ch("Q"), "Q", .startQuiz, "quiz: questions from the data")

    static let normal: [Binding] = [
        help,
        Binding([.up] + ch("k"), "↑ k", .moveUp, "previous item"),
        Binding([.down] + ch("j"), "↓ j", .moveDown, "next item", hint: "move", hintKeys: "↑↓"),
        Binding([.left] + ch("h"), "← h", .focusLeft, "pane to the left"),
        Binding([.right] + ch("l"), "→ l", .focusRight, "pane to the right"),
        Binding([.tab], "Tab", .focusNext, "next pane", hint: "pane"),
        Binding([.backTab], "S-Tab", .focusPrevious, "previous pane"),
        Binding([.enter], "Enter", .open, "open the detail", hint: "open"),
        Binding(ch("d"), "d", .toggleDetail, "show or hide the detail"),
        Binding(ch("f"), "f", .toggleFilter, "filter panes by the selection", hint: "filter"),
        search,
    ] + searchNav + [
        Binding([.pageUp], "PgUp", .pageUp, "page up"),
        Binding([.pageDown], "PgDn", .pageDown, "page down"),
        Binding([.home] + ch("g"), "Home g", .top, "first item"),
        Binding([.end] + ch("G"), "End G", .bottom, "last item"),
    ] + decades + history + panes + [
        Binding([.escape], "Esc", .escape, "turn the filter off"),
        quit,
        tours,
        presenter,
        quiz,
    ] + mapKeys + time

    static let detail: [Binding] = [
        help,
        Binding([.up] + ch("k"), "↑ k", .scrollDetail(-1), "scroll up"),
        Binding([.down] + ch("j"), "↓ j", .scrollDetail(1), "scroll down", hint: "scroll", hintKeys: "↑↓"),
        Binding([.tab], "Tab", .nextLink, "next link", hint: "link"),
        Binding([.backTab], "S-Tab", .previousLink, "previous link"),
        Binding([.enter], "Enter", .open, "follow the link", hint: "follow"),
    ] + history + [
        Binding([.escape, .left] + ch("h"), "Esc ← h", .escape, "back to the lists", hint: "lists", hintKeys: "Esc"),
        Binding(ch("d"), "d", .toggleDetail, "back to the lists"),
        Binding([.pageUp], "PgUp", .pageUp, "page up"),
        Binding([.pageDown, .character(" ")], "PgDn Space", .pageDown, "page down"),
        Binding([.home] + ch("g"), "Home g", .top, "top"),
        Binding([.end] + ch("G"), "End G", .bottom, "bottom"),
        Binding(ch("f"), "f", .toggleFilter, "filter panes by the selection"),
        search,
    ] + searchNav + decades + panes + [quit, tours, presenter] + mapKeys + time

    static let mapMode: [Binding] = [
        Binding([.right, .tab] + ch("l"), "→ Tab l", .map(.cursorEastWest(1)), "map cursor: next country east", hint: "country", hintKeys: "←→↑↓"),
        Binding([.left, .backTab] + ch("h"), "← S-Tab h", .map(.cursorEastWest(-1)), "map cursor: next country west"),
        Binding([.up] + ch("k"), "↑ k", .map(.cursorNorthSouth(-1)), "map cursor: nearest country north"),
        Binding([.down] + ch("j"), "↓ j", .map(.cursorNorthSouth(1)), "map cursor: nearest country south"),
        Binding([.enter], "Enter", .map(.choose), "select the cursor's country", hint: "select"),
        Binding(ch("H"), "H", .map(.pan(x: -1, y: 0)), "map: pan west"),
        Binding(ch("J"), "J", .map(.pan(x: 0, y: -1)), "map: pan south"),
        Binding(ch("K"), "K", .map(.pan(x: 0, y: 1)), "map: pan north"),
        Binding(ch("L"), "L", .map(.pan(x: 1, y: 0)), "map: pan east"),
        Binding([.escape] + ch("M"), "Esc M", .map(.toggleFocus), "back to the lists", hint: "lists", hintKeys: "Esc"),
        help,
    ] + mapKeys.filter { $0.action != .map(.toggleFocus) } + time + [quit]

    static let tourMode: [Binding] = [
        Binding([.character(" "), .right] + ch("l"), "Space → l", .nextStep, "next step", hint: "next", hintKeys: "Space"),
        Binding([.left, .backspace] + ch("h"), "← h ⌫", .previousStep, "previous step", hint: "back", hintKeys: "←"),
        Binding([], "0-9", .stepDigit(0), "type a step number"),
        Binding([.enter] + ch("G"), "Enter G", .goToTypedStep, "go to the typed step (G alone: the last step)"),
        Binding([.control("p")] + ch("i"), "^P i", .toggleStepIndex, "the tour's steps", hint: "steps", hintKeys: "i"),
        Binding(ch("a"), "a", .toggleAutoAdvance, "auto-advance on or off", hint: "auto"),
        Binding([.escape], "Esc", .leaveTour, "leave the tour (stay where it is)", hint: "leave", hintKeys: "Esc"),
        help,
        Binding([.up] + ch("k"), "↑ k", .moveUp, "previous item (or scroll the detail)"),
        Binding([.down] + ch("j"), "↓ j", .moveDown, "next item (or scroll the detail)"),
        Binding([.tab], "Tab", .focusNext, "next pane"),
        Binding([.backTab], "S-Tab", .focusPrevious, "previous pane"),
        Binding(ch("d"), "d", .toggleDetail, "show or hide the detail"),
        Binding(ch("f"), "f", .toggleFilter, "filter panes by the selection"),
        Binding([.pageUp], "PgUp", .pageUp, "page up"),
        Binding([.pageDown], "PgDn", .pageDown, "page down"),
        search,
        tours,
        presenter,
        quiz,
        quit,
    ] + mapKeys + time

    private static let pickerNav: [Binding] = [
        Binding([.up] + ch("k"), "↑ k", .moveUp, "previous"),
        Binding([.down] + ch("j"), "↓ j", .moveDown, "next", hint: "choose", hintKeys: "↑↓"),
        Binding([.pageUp], "PgUp", .pageUp, "page up"),
        Binding([.pageDown], "PgDn", .pageDown, "page down"),
    ]

    static let tourListMode: [Binding] = pickerNav + [
        Binding([.enter], "Enter", .chooseTour, "start the tour", hint: "start"),
        Binding([.escape] + ch("t"), "Esc t", .escape, "close the list", hint: "close", hintKeys: "Esc"),
        Binding([.control("c")] + ch("q"), "q ^C", .quit, "quit"),
    ]

    static let tourStepsMode: [Binding] = pickerNav + [
        Binding([.enter], "Enter", .chooseStep, "go to the step", hint: "go"),
        Binding([.escape, .control("p")] + ch("i"), "Esc ^P i", .escape, "close the index", hint: "close", hintKeys: "Esc"),
        Binding([.control("c")] + ch("q"), "q ^C", .quit, "quit"),
    ]

    static let quizMode: [Binding] = [
        Binding(ch("a1"), "a 1", .quiz(.answer(0)), "first choice", hint: "answer", hintKeys: "a-d"),
        Binding(ch("b2"), "b 2", .quiz(.answer(1)), "second choice"),
        Binding(ch("c3"), "c 3", .quiz(.answer(2)), "third choice"),
        Binding(ch("d4"), "d 4", .quiz(.answer(3)), "fourth choice"),
        Binding([.enter, .character(" ")], "Enter Space", .quiz(.next), "next question", hint: "next", hintKeys: "Enter"),
        Binding([.escape] + ch("q"), "Esc q", .quiz(.close), "leave the quiz", hint: "leave", hintKeys: "Esc"),
        Binding([.control("c")], "^C", .quit, "quit"),
    ]

    static let searchMode: [Binding] = [
        Binding([], "type", .searchInput(" "), "search as you type"),
        Binding([.up, .backTab, .control("p")], "↑ S-Tab ^P", .moveUp, "previous result"),
        Binding([.down, .tab, .control("n")], "↓ Tab ^N", .moveDown, "next result", hint: "result", hintKeys: "↑↓"),
        Binding([.pageUp], "PgUp", .pageUp, "page up"),
        Binding([.pageDown], "PgDn", .pageDown, "page down"),
        Binding([.enter], "Enter", .acceptSearch, "go to the result", hint: "go"),
        Binding([.backspace, .delete], "⌫", .searchBackspace, "delete a character"),
        Binding([.escape], "Esc", .escape, "close the search", hint: "close"),
        Binding([.function(1)], "F1", .toggleHelp, "help"),
        Binding([.control("c")], "^C", .quit, "quit"),
    ]

    static let helpMode: [Binding] = [
        Binding([.up] + ch("k"), "↑ k", .moveUp, "scroll up"),
        Binding([.down] + ch("j"), "↓ j", .moveDown, "scroll down", hint: "scroll", hintKeys: "↑↓"),
        Binding([.escape, .enter, .function(1)] + ch("?q"), "Esc ? q", .escape, "close the help", hint: "close", hintKeys: "Esc"),
        Binding([.control("c")], "^C", .quit, "quit"),
    ]

    public static func table(for mode: Mode) -> [Binding] {
        switch mode {
        case .normal: return normal
        case .detail: return detail
        case .search: return searchMode
        case .help: return helpMode
        case .tour: return tourMode
        case .tourList: return tourListMode
        case .tourSteps: return tourStepsMode
        case .quiz: return quizMode
        case .map: return mapMode
        }
    }

    /// The action a key stands for in the state's current mode, or nil when it does nothing.
    public static func action(for key: Key, in state: AppState) -> Action? {
        let mode = state.mode
        switch key {
        case .resize(let columns, let rows):
            return .resize(columns: columns, rows: rows)
        case .mouse(let m):
            switch m.button {
            case .left: return .click(row: m.row, column: m.column)
            case .wheelUp: return .wheel(row: m.row, column: m.column, delta: -3)
            case .wheelDown: return .wheel(row: m.row, column: m.column, delta: 3)
            case .middle, .right: return nil
            }
        default:
            break
        }
        if mode == .tour, let t = state.tour {
            if case .character(let c) = key, c.isASCII, let d = c.wholeNumberValue { return .stepDigit(d) }
            if t.typed.isEmpty && key == .enter { return .open }
            if t.typed.isEmpty && key == .character("G") { return .goToStep(t.tour.steps.count - 1) }
        }
        if let b = table(for: mode).first(where: { $0.keys.contains(key) }) { return b.action }
        if mode == .search, case .character(let c) = key, !c.isControlLike { return .searchInput(c) }
        return nil
    }

    /// Keys and what they do in a mode, for the help overlay.
    public static func bindings(for mode: Mode) -> [(keys: String, description: String)] {
        table(for: mode).map { ($0.label, $0.description) }
    }

    /// The short hints for the status line, most useful first.
    public static func hints(for mode: Mode) -> [(keys: String, description: String)] {
        table(for: mode).compactMap { b in b.hint.map { (b.hintKeys ?? b.label, $0) } }
    }
}


