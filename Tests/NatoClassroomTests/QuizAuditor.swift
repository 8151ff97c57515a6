import Foundation
import NatoClassroom
import NatoModel

/// Re-derives every claim of a quiz's answer key from the catalog, under the rules of issue 8,
/// without using the generator's code: the right answer is true; each wrong choice is
/// provably wrong (a negative claim needs a complete list or a rule that holds by
/// definition); the explanation's years are the record's; no uncertain year is asked and no
/// wrong year is one the record could defend; a suspended relationship is never described
/// as cooperation.
struct QuizAuditor {
    let c: Catalog
    /// Every claim checked: each choice (true or wrong), each date stated, each wording rule.
    private(set) var claims = 0
    private(set) var violations: [String] = []

    /// Years each record states (dates, joining and end years, years named in remarks and
    /// titles), and the years defensible as "when did X join F" (key `x|f`, or `x` for NATO).
    /// Worked out once: scanning text for every question made the audit slow.
    private let yearsOf: [String: Set<Int>]
    private let defensibleYears: [String: Set<Int>]

    init(c: Catalog) {
        self.c = c
        let d = c.data
        var yearsOf: [String: Set<Int>] = [:]
        var defensible: [String: Set<Int>] = [:]
        func range(_ u: Uncertainty?) -> [Int] { u.map { Array($0.from...$0.to) } ?? [] }
        for x in d.countries {
            var ys = Set<Int>()
            if let a = x.accession { ys.insert(a) }
            for m in x.memberships {
                var own = Set<Int>(range(m.uncertain))
                if let j = m.joined { ys.insert(j) }
                if let u = m.until { ys.insert(u); own.insert(u) }
                if let r = m.remark { own.formUnion(Self.years(in: r)) }
                ys.formUnion(own)
                defensible[x.common.id + "|" + m.framework, default: []].formUnion(own)
            }
            yearsOf[x.common.id] = ys
        }
        for f in d.frameworks { yearsOf[f.common.id] = Set([f.founded] + (f.ended.map { [$0] } ?? [])) }
        for m in d.milestones {
            let ys = Set([m.date.year] + range(m.uncertain))
            yearsOf[m.common.id] = ys.union(Self.years(in: m.title))
            let countries = Set(m.countries + m.common.links.filter { c.ref(for: $0)?.kind == .country })
            let frameworks = Set(m.frameworks + m.common.links.filter { c.ref(for: $0)?.kind == .framework })
            for x in countries {
                defensible[x, default: []].formUnion(ys)
                for f in frameworks { defensible[x + "|" + f, default: []].formUnion(ys) }
            }
        }
        self.yearsOf = yearsOf
        self.defensibleYears = defensible
    }

    // MARK: Looking things up in the record

    func country(_ id: String) -> Country? {
        guard let r = c.ref(for: id), r.kind == .country else { return nil }
        return c.data.countries[r.index]
    }

    func framework(_ id: String) -> Framework? {
        guard let r = c.ref(for: id), r.kind == .framework else { return nil }
        return c.data.frameworks[r.index]
    }

    func milestone(_ id: String) -> Milestone? {
        guard let r = c.ref(for: id), r.kind == .milestone else { return nil }
        return c.data.milestones[r.index]
    }

    func membership(_ x: Country, _ framework: String) -> Membership? {
        x.memberships.first { $0.framework == framework }
    }

    /// Taking part today: a membership that has not ended, is not suspended, in a framework
    /// that still exists.
    func takesPartToday(_ x: Country, _ f: Framework) -> Bool {
        guard let m = membership(x, f.common.id) else { return false }
        return m.until == nil && m.status == .active && f.ended == nil
    }

    /// "X is not in F today", provable only from a complete list or by definition. A former or
    /// suspended tie is never used as a wrong answer: it would be a half-truth.
    func provablyNotIn(_ x: Country, _ f: Framework) -> Bool {
        guard membership(x, f.common.id) == nil else { return false }
        if f.ended != nil || f.membersComplete { return true }
        return f.alliesExcluded && x.kind == .ally
    }

    /// Years somebody could defend as the answer to "when did X join F" (or NATO when `f` is
    /// nil): the years of the milestones about both, the membership's end, years named in its
    /// remark, and every year inside an uncertainty range.
    func defensible(_ year: Int, country x: Country, framework f: String?) -> Bool {
        defensibleYears[x.common.id + (f.map { "|" + $0 } ?? ""), default: []].contains(year)
    }

    /// Every year a record involved in the question states (for the explanation check).
    func recordYears(_ q: Question) -> Set<Int> {
        var years = Set<Int>()
        for id in q.recordIDs + q.choiceKeys { years.formUnion(yearsOf[id, default: []]) }
        return years
    }

    static func years(in text: String) -> [Int] {
        var out: [Int] = []
        var digits = ""
        for ch in text + " " {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                if digits.count == 4, let y = Int(digits), PartialDate.years.contains(y) { out.append(y) }
                digits = ""
            }
        }
        return out
    }

    /// The label a framework is offered under.
    func label(_ f: Framework) -> String { f.abbreviation.map { "\(f.name) (\($0))" } ?? f.name }

    // MARK: Checking

    private mutating func claim(_ ok: Bool, _ q: Question, _ what: @autoclosure () -> String) {
        claims += 1
        if !ok { violations.append("\(q.kind.rawValue) \(q.recordIDs.joined(separator: ",")): \(what()) [\(q.prompt)]") }
    }

    mutating func check(_ q: Question) {
        guard q.choices.count == q.choiceKeys.count, q.choices.indices.contains(q.correctIndex), q.choices.count >= 2 else {
            claim(false, q, "malformed question: \(q.choices.count) choices, \(q.choiceKeys.count) keys, answer \(q.correctIndex)")
            return
        }
        claim(Set(q.choiceKeys).count == q.choiceKeys.count && Set(q.choices).count == q.choices.count, q, "choices repeat: \(q.choices)")
        claim(!q.sourceIDs.isEmpty && q.sourceIDs.allSatisfy { c.ref(for: $0)?.kind == .source }, q, "sources \(q.sourceIDs)")
        let stated = Self.years(in: q.prompt + " " + q.explanation)
        if !stated.isEmpty {
            let known = recordYears(q)
            for y in stated { claim(known.contains(y), q, "the text states \(y), a year no record of the question holds") }
        }
        switch q.kind {
        case .frameworkOfCountry: checkFrameworkOfCountry(q)
        case .countryInFramework: checkCountryInFramework(q)
        case .joinedFramework: checkJoinedFramework(q)
        case .joinedNATO: checkJoinedNATO(q)
        case .allyOrPartner: checkAllyOrPartner(q)
        case .firstMilestone: checkFirstMilestone(q)
        }
    }

    /// A stated joining year: the record's, and with its range when the sources differ.
    private mutating func checkJoinedText(_ q: Question, _ m: Membership) {
        if let u = m.uncertain {
            claim(q.explanation.contains("\(u.from)–\(u.to)"), q, "the uncertain year is given without its range \(u.from)–\(u.to)")
        } else if let j = m.joined {
            claim(q.explanation.contains(String(j)), q, "the explanation does not give the year \(j) the record has")
        }
    }

    private mutating func checkFrameworkOfCountry(_ q: Question) {
        guard let x = country(q.recordIDs.first ?? "") else { return claim(false, q, "no country \(q.recordIDs)") }
        for (i, key) in q.choiceKeys.enumerated() {
            guard let f = framework(key) else { claim(false, q, "choice \(key) is no framework"); continue }
            claim(q.choices[i] == label(f), q, "choice text '\(q.choices[i])' is not \(key)")
            if i == q.correctIndex {
                claim(takesPartToday(x, f), q, "\(x.common.id) does not take part in \(key) today")
                if let m = membership(x, key) { checkJoinedText(q, m) }
            } else {
                claim(provablyNotIn(x, f), q, "that \(x.common.id) is not in \(key) is not provable (\(f.membersComplete ? "" : "partial list, ")\(x.kind))")
            }
        }
    }

    private mutating func checkCountryInFramework(_ q: Question) {
        guard let f = framework(q.recordIDs.count > 1 ? q.recordIDs[1] : "") else { return claim(false, q, "no framework \(q.recordIDs)") }
        if !f.membersComplete {
            claim(!q.explanation.contains("other countries do not"), q, "a closed-world sentence about the partial list of \(f.common.id)")
        }
        for (i, key) in q.choiceKeys.enumerated() {
            guard let x = country(key) else { claim(false, q, "choice \(key) is no country"); continue }
            claim(q.choices[i] == x.name, q, "choice text '\(q.choices[i])' is not \(key)")
            if i == q.correctIndex {
                claim(takesPartToday(x, f), q, "\(key) does not take part in \(f.common.id) today")
                if let m = membership(x, f.common.id) { checkJoinedText(q, m) }
            } else {
                claim(provablyNotIn(x, f), q, "that \(key) is not in \(f.common.id) is not provable (\(f.membersComplete ? "" : "partial list, ")\(x.kind))")
            }
        }
    }

    private mutating func checkJoinedFramework(_ q: Question) {
        guard q.recordIDs.count > 1, let x = country(q.recordIDs[0]), let f = framework(q.recordIDs[1]), let m = membership(x, f.common.id) else {
            return claim(false, q, "no membership \(q.recordIDs)")
        }
        claim(m.uncertain == nil, q, "asks an uncertain year (\(m.uncertain?.from ?? 0)–\(m.uncertain?.to ?? 0))")
        claim(m.until == nil && f.ended == nil, q, "asks about a membership that has ended")
        if m.status == .suspended {
            claim(q.prompt.contains("suspended") && q.explanation.contains("suspended"), q, "a suspended membership asked without saying so")
        }
        guard let joined = m.joined else { return claim(false, q, "asks a year the record does not have") }
        claim(q.explanation.contains("in \(joined)"), q, "the explanation does not give \(joined)")
        for (i, key) in q.choiceKeys.enumerated() {
            claim(q.choices[i] == key, q, "choice text '\(q.choices[i])' is not \(key)")
            guard let year = Int(key) else { claim(false, q, "choice \(key) is no year"); continue }
            if i == q.correctIndex {
                claim(year == joined, q, "\(year) is not the year \(x.common.id) joined \(f.common.id) (\(joined))")
            } else {
                claim(year != joined && !defensible(year, country: x, framework: f.common.id), q,
                      "wrong year \(year) is the record's or defensible for \(x.common.id) in \(f.common.id)")
            }
        }
    }

    private mutating func checkJoinedNATO(_ q: Question) {
        guard let x = country(q.recordIDs.first ?? ""), x.kind == .ally, let accession = x.accession else {
            return claim(false, q, "not an ally with an accession year")
        }
        claim(q.explanation.contains("in \(accession)"), q, "the explanation does not give \(accession)")
        for (i, key) in q.choiceKeys.enumerated() {
            guard let year = Int(key) else { claim(false, q, "choice \(key) is no year"); continue }
            if i == q.correctIndex {
                claim(year == accession, q, "\(year) is not \(x.common.id)'s accession (\(accession))")
            } else {
                claim(year != accession && !defensible(year, country: x, framework: nil), q, "wrong year \(year) is defensible for \(x.common.id)")
            }
        }
    }

    private mutating func checkAllyOrPartner(_ q: Question) {
        guard let x = country(q.recordIDs.first ?? "") else { return claim(false, q, "no country") }
        let right = q.choiceKeys[q.correctIndex]
        claim(right == x.kind.rawValue, q, "\(x.common.id) is not a \(right)")
        if x.kind == .partner {
            // A partner only while some partnership is active: NATO says it cannot consider a
            // country whose cooperation is suspended a partner.
            let active = x.memberships.filter { m in m.status == .active && m.until == nil && framework(m.framework)?.ended == nil }
            claim(!active.isEmpty, q, "\(x.common.id) is called a partner, but all its cooperation is suspended or over")
            for m in x.memberships where m.status == .suspended && m.until == nil {
                guard let f = framework(m.framework) else { continue }
                let name = f.abbreviation ?? f.name
                if q.explanation.contains(name) {
                    claim(q.explanation.contains("suspended"), q, "\(name) is named without saying the cooperation is suspended")
                }
            }
        } else if let a = x.accession {
            claim(q.explanation.contains(String(a)), q, "the explanation does not give the accession \(a)")
        }
    }

    private mutating func checkFirstMilestone(_ q: Question) {
        let ms = q.choiceKeys.map(milestone)
        guard ms.allSatisfy({ $0 != nil }) else { return claim(false, q, "a choice is no milestone") }
        let list = ms.compactMap { $0 }
        for (i, m) in list.enumerated() {
            claim(q.choices[i] == m.title, q, "choice text '\(q.choices[i])' is not \(m.common.id)")
            claim(m.uncertain == nil, q, "\(m.common.id) has an uncertain date")
            claim(q.explanation.contains("\(m.date.readable): \(m.title)"), q, "the explanation does not date \(m.common.id) as \(m.date.readable)")
        }
        let right = list[q.correctIndex]
        for (i, m) in list.enumerated() where i != q.correctIndex {
            claim(Self.lastDay(right.date).lexicographicallyPrecedes(Self.firstDay(m.date)), q,
                  "\(right.common.id) (\(right.date)) is not certainly before \(m.common.id) (\(m.date))")
        }
    }

    static func firstDay(_ d: PartialDate) -> [Int] { [d.year, d.month ?? 1, d.day ?? 1] }
    static func lastDay(_ d: PartialDate) -> [Int] { [d.year, d.month ?? 12, d.day ?? 31] }
}
