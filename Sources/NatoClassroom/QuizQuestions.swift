// The question builders: each states only what the record proves (see QuizEvidence.swift).
import NatoModel

extension QuizGenerator {

    func frameworkLabel(_ f: Int) -> String {
        let x = c.data.frameworks[f]
        return x.abbreviation.map { "\(x.name) (\($0))" } ?? x.name
    }

    /// `Israel has taken part in Mediterranean Dialogue (MD) since 1995`. Only for active
    /// memberships: a suspended one is never described as taking part.
    func takesPart(_ name: String, _ p: Pair) -> String {
        guard let since = since(p.membership) else {
            return "\(name) takes part in \(frameworkLabel(p.framework)) (the year it joined is not recorded)"
        }
        return "\(name) has taken part in \(frameworkLabel(p.framework)) \(since)"
    }

    func frameworkOfCountry(_ p: Pair, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        let key = "pair:\(p.country):\(p.framework)"
        guard !used.contains(key) else { return nil }
        // Only frameworks the country is provably not in: absence from a partial list proves nothing.
        let others = d.frameworks.indices.filter { d.frameworks[$0].ended == nil && certainlyOutside(p.country, $0) }
        let distractors = rng.sample(others, Quiz.maxChoices - 1)
        guard let (choices, correct) = arrange(p.framework, distractors, label: frameworkLabel, &rng) else { return nil }
        used.insert(key)
        let name = d.countries[p.country].name
        return Question(
            kind: .frameworkOfCountry,
            prompt: "Which of these does \(name) take part in today?",
            choices: choices.map(frameworkLabel), correctIndex: correct,
            explanation: takesPart(name, p) + "; it is not in the other choices.",
            sourceIDs: proof(d.countries[p.country].sources), recordIDs: [d.countries[p.country].common.id, d.frameworks[p.framework].common.id],
            choiceKeys: choices.map { d.frameworks[$0].common.id })
    }

    func countryInFramework(_ p: Pair, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        let key = "pair:\(p.country):\(p.framework)"
        guard !used.contains(key) else { return nil }
        // For a partial list only Allies of a framework that excludes them are certainly outside.
        let others = d.countries.indices.filter { certainlyOutside($0, p.framework) }
        let distractors = rng.sample(others, Quiz.maxChoices - 1)
        guard let (choices, correct) = arrange(p.country, distractors, label: { d.countries[$0].name }, &rng) else { return nil }
        used.insert(key)
        let name = d.countries[p.country].name
        return Question(
            kind: .countryInFramework,
            prompt: "\(frameworkLabel(p.framework)): which of these countries takes part in it today?",
            choices: choices.map { d.countries[$0].name }, correctIndex: correct,
            explanation: takesPart(name, p) + (d.frameworks[p.framework].membersComplete
                ? "; the other countries do not."
                : "; the other choices are NATO Allies, which \(c.frameworkLabel(d.frameworks[p.framework].common.id)) does not include by definition "
                    + "(NATO publishes no full list of its members)."),
            sourceIDs: proof(d.countries[p.country].sources), recordIDs: [d.countries[p.country].common.id, d.frameworks[p.framework].common.id],
            choiceKeys: choices.map { d.countries[$0].common.id })
    }

    func joinedFramework(_ p: Pair, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        guard let year = p.membership.joined else { return nil }
        let key = "joined:\(p.country):\(p.framework)"
        guard !used.contains(key) else { return nil }
        let fw = d.frameworks[p.framework]
        var candidates = Set(c.members(ofFramework: p.framework).compactMap(\.membership.joined))
        for y in (year - 6)...(year + 6) { candidates.insert(y) }
        // Before the framework existed nobody joined it; a year the record could defend is no wrong answer.
        let lower = min(fw.founded, year), upper = max(latestYear, year)
        let defensible = defensibleYears(country: p.country, framework: p.framework)
        let wrong = candidates.filter { $0 != year && $0 >= lower && $0 <= upper && !defensible.contains($0) }.sorted()
        let years = (rng.sample(wrong, Quiz.maxChoices - 1) + [year]).sorted()
        guard years.count > 1, let correct = years.firstIndex(of: year) else { return nil }
        used.insert(key)
        let name = d.countries[p.country].name
        var prompt = "\(frameworkLabel(p.framework)): in which year did \(name) join?"
        var explanation = "\(name) joined \(frameworkLabel(p.framework)) in \(year)."
        if p.membership.status == .suspended {
            prompt += " (Its cooperation in it is suspended today.)"
            explanation += " Its cooperation is suspended today" + (p.membership.remark.map { ": \($0)" } ?? ".")
        }
        // A milestone about this very step, when there is one, is the most direct proof.
        let fref = EntityRef(.framework, p.framework)
        let step = c.related(EntityRef(.country, p.country), kind: .milestone).first { m in
            d.milestones[m.index].date.year == year && c.related(m, kind: .framework).contains(fref)
        }
        let sources = (step.map { d.milestones[$0.index].sources } ?? []) + d.countries[p.country].sources
        return Question(
            kind: .joinedFramework, prompt: prompt, choices: years.map(String.init), correctIndex: correct,
            explanation: explanation, sourceIDs: proof(sources),
            recordIDs: [d.countries[p.country].common.id, fw.common.id] + (step.map { [c.id($0)] } ?? []),
            choiceKeys: years.map(String.init))
    }

    func joinedNATO(_ i: Int, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        guard let year = d.countries[i].accession else { return nil }
        let key = "nato:\(i)"
        guard !used.contains(key) else { return nil }
        let accessions = d.countries.compactMap(\.accession)
        var candidates = Set(accessions)
        for y in (year - 6)...(year + 6) { candidates.insert(y) }
        let lower = accessions.min() ?? year, upper = max(latestYear, year)
        // An invitation or a milestone about the country is a year a class could defend.
        let defensible = defensibleYears(country: i, framework: nil)
        let wrong = candidates.filter { $0 != year && $0 >= lower && $0 <= upper && !defensible.contains($0) }.sorted()
        let years = (rng.sample(wrong, Quiz.maxChoices - 1) + [year]).sorted()
        guard years.count > 1, let correct = years.firstIndex(of: year) else { return nil }
        used.insert(key)
        let name = d.countries[i].name
        return Question(
            kind: .joinedNATO, prompt: "In which year did \(name) join NATO?", choices: years.map(String.init), correctIndex: correct,
            explanation: "\(name) joined NATO in \(year).", sourceIDs: proof(d.countries[i].sources),
            recordIDs: [d.countries[i].common.id], choiceKeys: years.map(String.init))
    }

    static let allyChoice = "a NATO ally"
    static let partnerChoice = "a partner (not a NATO member)"

    func allyOrPartner(_ i: Int, _ used: inout Set<String>) -> Question? {
        let d = c.data
        let key = "status:\(i)"
        guard !used.contains(key) else { return nil }
        used.insert(key)
        let x = d.countries[i]
        let explanation: String
        if x.kind == .ally {
            explanation = "\(x.name) is a NATO ally" + (x.accession.map { ": it joined NATO in \($0)." } ?? ".")
        } else {
            // Only active partnerships are called cooperation; suspended ones are named as such.
            let active = activePartnerships(i).map { m in
                c.frameworkLabel(m.framework) + (m.uncertain.map { " (since \($0.from)–\($0.to); the sources differ)" } ?? m.joined.map { " (since \($0))" } ?? "")
            }
            let suspended = c.currentMemberships(i).filter { $0.status == .suspended }.map { c.frameworkLabel($0.framework) }
            explanation = "\(x.name) is a partner, not a NATO member: it takes part in \(active.joined(separator: ", "))"
                + (suspended.isEmpty ? "." : "; its cooperation in \(suspended.joined(separator: ", ")) is suspended.")
        }
        return Question(
            kind: .allyOrPartner, prompt: "Is \(x.name) a NATO ally or a partner?",
            choices: [Self.allyChoice, Self.partnerChoice], correctIndex: x.kind == .ally ? 0 : 1,
            explanation: explanation, sourceIDs: proof(x.sources), recordIDs: [x.common.id], choiceKeys: ["ally", "partner"])
    }

    func firstMilestone(_ anchor: Int, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        var picked = [anchor]
        for m in rng.shuffled(milestonePool) where picked.count < Quiz.maxChoices {
            if picked.contains(m) { continue }
            let ok = picked.allSatisfy { p in
                Self.clearlyOrdered(d.milestones[p].date, d.milestones[m].date) && d.milestones[p].title != d.milestones[m].title
            }
            if ok { picked.append(m) }
        }
        guard picked.count > 1 else { return nil }
        let inOrder = picked.sorted { d.milestones[$0].date < d.milestones[$1].date }
        guard let first = inOrder.first else { return nil }
        let key = "first:\(first)"
        guard !used.contains(key) else { return nil }
        used.insert(key)
        let choices = rng.shuffled(picked)
        guard let correct = choices.firstIndex(of: first) else { return nil }
        let order = inOrder.map { "\(d.milestones[$0].date.readable): \(d.milestones[$0].title)" }.joined(separator: "; ")
        return Question(
            kind: .firstMilestone, prompt: "Which of these happened first?",
            choices: choices.map { d.milestones[$0].title }, correctIndex: correct,
            explanation: "In order: \(order).", sourceIDs: proof(d.milestones[first].sources),
            recordIDs: inOrder.map { d.milestones[$0].common.id }, choiceKeys: choices.map { d.milestones[$0].common.id })
    }

    /// Whether one date certainly comes before the other: partial dates are periods, and
    /// `1994` does not say whether it came before or after `1994-05`.
    static func clearlyOrdered(_ a: PartialDate, _ b: PartialDate) -> Bool {
        if a.year != b.year { return true }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return true }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad != bd
    }
}
