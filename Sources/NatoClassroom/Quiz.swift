// Quiz questions generated from a data set: nothing is hand-written, so a quiz follows
// whatever data set is loaded. Every answer is computed from the catalog, and every
// distractor is checked to be wrong by the same data.
import NatoModel

public enum Quiz {
    public static let defaultCount = 10
    /// At most this many choices per question (a-d).
    public static let maxChoices = 4

    /// `count` questions (fewer when the data cannot support that many distinct ones), the
    /// same for the same seed and data on any machine. `framework` and `country` narrow the
    /// quiz to questions about them; unknown ids throw with a suggestion.
    public static func generate(catalog: Catalog, seed: UInt64, count: Int = defaultCount,
                                framework: String? = nil, country: String? = nil,
                                kinds: [Question.Kind] = Question.Kind.allCases) throws(QueryError) -> [Question] {
        var fw: Int?
        if let framework { fw = try catalog.require(framework, .framework).index }
        var co: Int?
        if let country { co = try catalog.require(country, .country).index }
        let generator = QuizGenerator(catalog, framework: fw, country: co)
        return generator.make(seed: seed, count: count, kinds: kinds)
    }
}

/// The pools of askable facts for one catalog and narrowing, and the question builders.
struct QuizGenerator {
    struct Pair {
        var country: Int
        var framework: Int
        var membership: Membership
    }

    enum Subject {
        case pair(Int), country(Int), milestone(Int)
    }

    let c: Catalog
    let framework: Int?
    let country: Int?
    /// Current memberships (not ended) of frameworks that still exist, narrowed, sorted by ids.
    let pairs: [Pair]
    /// The latest year the data mentions: no distractor year goes past it.
    let latestYear: Int
    let milestonePool: [Int]

    init(_ c: Catalog, framework: Int?, country: Int?) {
        self.c = c
        self.framework = framework
        self.country = country
        let d = c.data
        var pairs: [Pair] = []
        for (ci, x) in d.countries.enumerated() where country == nil || country == ci {
            for m in x.memberships where !m.isHistorical {
                guard let f = c.ref(for: m.framework), f.kind == .framework, d.frameworks[f.index].ended == nil else { continue }
                if let framework, framework != f.index { continue }
                pairs.append(Pair(country: ci, framework: f.index, membership: m))
            }
        }
        pairs.sort { (d.countries[$0.country].common.id, d.frameworks[$0.framework].common.id) < (d.countries[$1.country].common.id, d.frameworks[$1.framework].common.id) }
        self.pairs = pairs
        var latest = PartialDate.years.lowerBound
        for m in d.milestones { latest = max(latest, m.date.year) }
        for f in d.frameworks { latest = max(latest, f.founded, f.ended ?? 0) }
        for x in d.countries {
            latest = max(latest, x.accession ?? 0)
            for m in x.memberships { latest = max(latest, m.joined ?? 0, m.until ?? 0) }
        }
        self.latestYear = latest
        self.milestonePool = Self.milestones(c, framework: framework, country: country)
    }

    // MARK: Pools

    func pool(_ kind: Question.Kind) -> [Subject] {
        let d = c.data
        switch kind {
        case .frameworkOfCountry, .countryInFramework:
            return pairs.indices.filter { pairs[$0].membership.status == .active }.map(Subject.pair)
        case .joinedFramework:
            return pairs.indices.filter { pairs[$0].membership.joined != nil }.map(Subject.pair)
        case .joinedNATO:
            guard framework == nil else { return [] }
            return sortedCountries.filter { d.countries[$0].kind == .ally && d.countries[$0].accession != nil }.map(Subject.country)
        case .allyOrPartner:
            var ids = sortedCountries
            if let framework {
                let members = Set(c.members(ofFramework: framework).filter { !$0.membership.isHistorical }.map(\.country))
                ids = ids.filter { members.contains($0) }
            }
            return ids.map(Subject.country)
        case .firstMilestone:
            return milestonePool.map(Subject.milestone)
        }
    }

    var sortedCountries: [Int] {
        let d = c.data
        return d.countries.indices.filter { country == nil || country == $0 }.sorted { d.countries[$0].common.id < d.countries[$1].common.id }
    }

    /// Milestones tied to the narrowing framework and country (all when not narrowed), by date.
    static func milestones(_ c: Catalog, framework: Int?, country: Int?) -> [Int] {
        var refs = c.milestonesByDate.map { EntityRef(.milestone, $0) }
        if let framework {
            let rel = Set(c.related(EntityRef(.framework, framework), kind: .milestone))
            refs = refs.filter { rel.contains($0) }
        }
        if let country {
            let rel = Set(c.related(EntityRef(.country, country), kind: .milestone))
            refs = refs.filter { rel.contains($0) }
        }
        return refs.map(\.index)
    }

    // MARK: Making a quiz

    func make(seed: UInt64, count: Int, kinds: [Question.Kind]) -> [Question] {
        var rng = SplitMix64(seed: seed)
        var wanted: [Question.Kind] = []
        for k in Question.Kind.allCases where kinds.contains(k) { wanted.append(k) }
        var pools: [[Subject]] = wanted.map { rng.shuffled(pool($0)) }
        var used = Set<String>()
        var questions: [Question] = []
        while questions.count < count {
            let live = wanted.indices.filter { !pools[$0].isEmpty }
            if live.isEmpty { break }
            for k in rng.shuffled(live) where questions.count < count {
                while let subject = pools[k].popLast() {
                    if let q = build(wanted[k], subject, &rng, &used) {
                        questions.append(q)
                        break
                    }
                }
            }
        }
        return questions
    }

    func build(_ kind: Question.Kind, _ subject: Subject, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        switch (kind, subject) {
        case (.frameworkOfCountry, .pair(let p)): return frameworkOfCountry(pairs[p], &rng, &used)
        case (.countryInFramework, .pair(let p)): return countryInFramework(pairs[p], &rng, &used)
        case (.joinedFramework, .pair(let p)): return joinedFramework(pairs[p], &rng, &used)
        case (.joinedNATO, .country(let i)): return joinedNATO(i, &rng, &used)
        case (.allyOrPartner, .country(let i)): return allyOrPartner(i, &used)
        case (.firstMilestone, .milestone(let i)): return firstMilestone(i, &rng, &used)
        default: return nil
        }
    }

    // MARK: Builders

    func frameworkLabel(_ f: Int) -> String {
        let x = c.data.frameworks[f]
        return x.abbreviation.map { "\(x.name) (\($0))" } ?? x.name
    }

    /// `Israel has taken part in Mediterranean Dialogue (MD) since 1995`.
    func takesPart(_ name: String, _ p: Pair) -> String {
        guard let year = p.membership.joined else {
            return "\(name) takes part in \(frameworkLabel(p.framework)) (the year it joined is not recorded)"
        }
        return "\(name) has taken part in \(frameworkLabel(p.framework)) since \(year)"
    }

    func frameworkOfCountry(_ p: Pair, _ rng: inout SplitMix64, _ used: inout Set<String>) -> Question? {
        let d = c.data
        let key = "pair:\(p.country):\(p.framework)"
        guard !used.contains(key) else { return nil }
        let theirs = Set(d.countries[p.country].memberships.map(\.framework))
        let others = d.frameworks.indices.filter { d.frameworks[$0].ended == nil && !theirs.contains(d.frameworks[$0].common.id) }
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
        let members = Set(c.members(ofFramework: p.framework).map(\.country))
        let others = d.countries.indices.filter { !members.contains($0) }
        let distractors = rng.sample(others, Quiz.maxChoices - 1)
        guard let (choices, correct) = arrange(p.country, distractors, label: { d.countries[$0].name }, &rng) else { return nil }
        used.insert(key)
        let name = d.countries[p.country].name
        return Question(
            kind: .countryInFramework,
            prompt: "\(frameworkLabel(p.framework)): which of these countries takes part in it today?",
            choices: choices.map { d.countries[$0].name }, correctIndex: correct,
            explanation: takesPart(name, p) + "; the other countries do not.",
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
        let lower = min(fw.founded, year), upper = max(latestYear, year)
        let wrong = candidates.filter { $0 != year && $0 >= lower && $0 <= upper }.sorted()
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
        let wrong = candidates.filter { $0 != year && $0 >= lower && $0 <= upper }.sorted()
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
            let labels = c.currentMemberships(i).map { c.describe($0) }
            explanation = "\(x.name) is a partner: it works with NATO" + (labels.isEmpty ? "" : " (\(labels.joined(separator: ", ")))") + " but is not a member."
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

    // MARK: Helpers

    /// The correct item and the distractors shuffled, dropping distractors whose text would
    /// repeat another choice; nil when no distractor is left.
    func arrange(_ correct: Int, _ distractors: [Int], label: (Int) -> String, _ rng: inout SplitMix64) -> ([Int], Int)? {
        var items = [correct]
        var texts = [label(correct)]
        for x in distractors where x != correct && !texts.contains(label(x)) {
            items.append(x)
            texts.append(label(x))
        }
        guard items.count > 1 else { return nil }
        let shuffled = rng.shuffled(items)
        guard let index = shuffled.firstIndex(of: correct) else { return nil }
        return (shuffled, index)
    }

    /// At most two of a record's sources, official pages with an address first. The source
    /// documents (the articles the data was checked against, which can be wrong) are cited
    /// only when the record cites nothing else.
    func proof(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted && c.ref(for: $0)?.kind == .source }
        func rank(_ id: String) -> Int {
            guard let r = c.ref(for: id) else { return 4 }
            let s = c.data.sources[r.index]
            if s.kind == .document { return 3 }
            if s.url != nil { return s.kind == .official ? 0 : 1 }
            return 2
        }
        let ranked = unique.indices.sorted { (rank(unique[$0]), $0) < (rank(unique[$1]), $1) }
        let best = ranked.prefix(2).map { unique[$0] }
        let better = best.filter { rank($0) < 3 }
        return better.isEmpty ? best : better
    }
}
