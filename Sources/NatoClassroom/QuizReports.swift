// Quizzes for teachers: an answer key to print, and JSON for other tools.
import NatoModel
import NatoText

extension Quiz {
    /// Every question with its choices, the answer marked, the explanation and the sources.
    public static func answerKey(_ questions: [Question], catalog c: Catalog, seed: UInt64) -> String {
        var lines = ["Answer key (seed \(seed), \(questions.count) question\(questions.count == 1 ? "" : "s"))"]
        for (n, q) in questions.enumerated() {
            lines.append("")
            lines.append("\(n + 1). \(q.prompt.inert)")
            for (i, choice) in q.choices.enumerated() {
                lines.append("   \(i == q.correctIndex ? "*" : " ") \(Question.letter(i))) \(choice.inert)")
            }
            lines.append("   Answer: \(Question.letter(q.correctIndex))) \(q.correctChoice.inert). \(q.explanation.inert)")
            for line in QuizSession.sourceLines(q, c) { lines.append("   " + line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The questions as JSON: seed, then each question with its answer and sources.
    public static func json(_ questions: [Question], catalog c: Catalog, seed: UInt64) -> String {
        typealias N = JSONWriter.Node
        let items: [N] = questions.map { q in
            let sources: [N] = q.sourceIDs.compactMap { id in
                guard let r = c.ref(for: id), r.kind == .source else { return nil }
                let s = c.data.sources[r.index]
                return .object([("id", .string(id)), ("title", .string(s.title)), ("url", s.url.map(N.string) ?? .null)])
            }
            return .object([
                ("kind", .string(q.kind.rawValue)),
                ("prompt", .string(q.prompt)),
                ("choices", .array(q.choices.map(N.string))),
                ("choiceKeys", .array(q.choiceKeys.map(N.string))),
                ("answer", .int(q.correctIndex)),
                ("answerLetter", .string(Question.letter(q.correctIndex))),
                ("explanation", .string(q.explanation)),
                ("records", .array(q.recordIDs.map(N.string))),
                ("sources", .array(sources)),
            ])
        }
        // Seeds above Int.max are written as text so no tool loses precision.
        let seedNode: N = seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))
        return JSONWriter.render(.object([("seed", seedNode), ("questions", .array(items))]))
    }
}
