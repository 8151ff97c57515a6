// What the record proves, for the quiz: a quiz may say a country is *not* in a framework,
// or offer a year as wrong, only when the data proves it. A partial member list proves
// nothing about the countries it does not name.
import NatoModel

extension QuizGenerator {
    /// Whether "country is not in framework f" follows from the record: from a complete
    /// list, or by definition (the framework has ended, or it excludes Allies and the country
    /// is one). A former or suspended tie is never used as a wrong answer either: it would be
    /// a half-truth.
    func certainlyOutside(_ country: Int, _ f: Int) -> Bool {
        let fw = c.data.frameworks[f]
        let id = fw.common.id
        guard !c.data.countries[country].memberships.contains(where: { $0.framework == id }) else { return false }
        if fw.ended != nil || fw.membersComplete { return true }
        return fw.alliesExcluded && c.data.countries[country].kind == .ally
    }

    /// Years that somebody could defend as the answer to "when did the country join the
    /// framework" (or NATO, when `f` is nil), besides the record's own: the dates of the
    /// milestones about both (an offer and an agreement, a first entry and a return), their
    /// uncertainty ranges, the membership's own range and end, and years its remark names.
    /// None of them is offered as a wrong answer.
    func defensibleYears(country: Int, framework f: Int?) -> Set<Int> {
        var years = Set<Int>()
        let d = c.data
        var milestones = c.related(EntityRef(.country, country), kind: .milestone)
        if let f {
            let about = Set(c.related(EntityRef(.framework, f), kind: .milestone))
            milestones = milestones.filter { about.contains($0) }
            if let m = c.membership(country: country, framework: f) {
                if let u = m.uncertain { years.formUnion(u.from...u.to) }
                if let until = m.until { years.insert(until) }
                if let remark = m.remark { years.formUnion(Self.years(in: remark)) }
            }
        }
        for r in milestones {
            let m = d.milestones[r.index]
            years.insert(m.date.year)
            if let u = m.uncertain { years.formUnion(u.from...u.to) }
        }
        return years
    }

    /// The four-digit years (1900...2100) a text names.
    static func years(in text: String) -> [Int] {
        var out: [Int] = []
        var value = 0, digits = 0
        for byte in text.utf8 + [0x20] {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                if digits == 4 && PartialDate.years.contains(value) { out.append(value) }
                value = 0
                digits = 0
            }
        }
        return out
    }

    /// A partner's partnerships that are active today; NATO does not call a country whose
    /// cooperation is all suspended a partner, so the quiz does not either.
    func activePartnerships(_ country: Int) -> [Membership] {
        c.currentMemberships(country).filter { m in
            guard m.status == .active, let f = c.ref(for: m.framework), f.kind == .framework else { return false }
            return c.data.frameworks[f.index].ended == nil
        }
    }

    /// `since 1995`, `since 2004–2005 (the sources differ)`, or nothing when not recorded.
    func since(_ m: Membership) -> String? {
        if let u = m.uncertain { return "since \(u.from)–\(u.to) (the sources differ)" }
        return m.joined.map { "since \($0)" }
    }
}
