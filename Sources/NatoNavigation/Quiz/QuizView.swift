// What the quiz box shows, as styled lines: computed here once, and used by the renderer to
// draw and by the reducer to know which choice a click hit.
import NatoClassroom
import NatoModel
import NatoText

/// One line of the quiz box.
public struct QuizLine: Sendable, Equatable {
    public var text: String
    public var style: TextStyle
    /// The choice the line belongs to (a click on it answers with that choice).
    public var choice: Int?
}

extension QuizState {
    /// `Quiz (seed 42) · question 3 of 10 · 2 right`
    public var title: String {
        let progress = finished ? "score" : "question \(index + 1) of \(questions.count)"
        return "Quiz (seed \(seed)) · " + progress + " · \(correct) right"
    }

    /// The box's lines for a text width.
    public func lines(width: Int, catalog: Catalog) -> [QuizLine] {
        let width = max(1, width)
        var out: [QuizLine] = []
        func add(_ text: String, _ style: TextStyle, choice: Int? = nil, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for (i, line) in TextLayout.wrap(text.inert, width: max(1, width - indent)).enumerated() {
                out.append(QuizLine(text: i == 0 ? line : pad + line, style: style, choice: choice))
            }
        }
        guard let q = current else {
            add(score.summary, .title)
            out.append(QuizLine(text: "", style: .body))
            add("Run 'natoscope quiz --seed \(seed)' for the same questions on the command line.", .muted)
            out.append(QuizLine(text: "", style: .body))
            add("Enter or Esc: back to the explorer", .muted)
            return out
        }
        add(q.prompt, .heading)
        out.append(QuizLine(text: "", style: .body))
        for (i, choice) in q.choices.enumerated() {
            var style = TextStyle.body
            if let chosen {
                if i == q.correctIndex { style = .right } else if i == chosen { style = .wrong } else { style = .muted }
            }
            add(Question.letter(i) + ") " + choice, style, choice: i, indent: 3)
        }
        out.append(QuizLine(text: "", style: .body))
        guard let chosen else {
            add("Answer with a-d or 1-4, or click a choice. Esc leaves the quiz.", .muted)
            return out
        }
        let answer = Question.letter(q.correctIndex) + ") " + q.correctChoice
        add(chosen == q.correctIndex ? "Right: " + answer : "Not quite: the answer is " + answer, chosen == q.correctIndex ? .right : .wrong)
        add(q.explanation, .body)
        for id in q.sourceIDs {
            guard let r = catalog.ref(for: id), r.kind == .source else { continue }
            let s = catalog.data.sources[r.index]
            add("Source: " + s.title + (s.url.map { " <" + $0 + ">" } ?? ""), .muted)
        }
        out.append(QuizLine(text: "", style: .body))
        add(index + 1 < questions.count ? "Enter or Space: next question" : "Enter or Space: the score", .muted)
        return out
    }

    /// What a click at a screen position means: a choice, the next question, or leaving.
    func action(atRow row: Int, column: Int, in layout: Layout, _ catalog: Catalog) -> QuizAction? {
        let inner = layout.quizBox.inner
        guard inner.contains(row: row, column: column) else { return nil }
        if finished { return .close }
        if chosen != nil { return .next }
        let lines = self.lines(width: inner.width - 2, catalog: catalog)
        let index = row - inner.row
        return lines.indices.contains(index) ? lines[index].choice.map(QuizAction.answer) : nil
    }
}
