// The quiz box: the lines the quiz feature computes (`QuizState.lines`), drawn over the panes
// so the title line and the status line stay on screen.
import NatoModel
import NatoNavigation
import NatoText

extension Renderer {
    mutating func drawQuiz(_ l: Layout, _ quiz: QuizState) {
        let rect = l.quizBox
        guard rect.width >= 12, rect.height >= 5 else { return }
        overlayFrame(rect, title: quiz.title)
        let inner = rect.inner
        let lines = quiz.lines(width: inner.width - 2, catalog: catalog)
        for (i, line) in lines.prefix(inner.height).enumerated() {
            canvas.put(line.text, row: inner.row + i, column: inner.column + 1, limit: inner.width - 2, role: role(line.style))
        }
        // The cursor on the first choice (or the feedback), for screen readers.
        let focusLine = lines.firstIndex { quiz.chosen == nil ? $0.choice != nil : $0.style == .right || $0.style == .wrong }
        canvas.grid.cursor = Position(row: inner.row + min(focusLine ?? 0, max(0, inner.height - 1)), column: inner.column + 1)
    }

    func role(_ style: TextStyle) -> StyleRole {
        switch style {
        case .body: return .overlay
        case .muted: return .muted
        case .title, .heading: return .heading
        case .warning, .wrong: return .warning
        case .link: return .link
        case .ally: return .ally
        case .partner: return .partner
        case .suspended: return .suspended
        case .right: return .related
        }
    }
}
