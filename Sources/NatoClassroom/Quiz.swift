// Quiz questions generated from a data set: nothing is hand-written, so a quiz follows
// whatever data set is loaded. Every answer is computed from the catalog, and every
// distractor is proved wrong by it: a negative claim needs a complete list or a rule that
// holds by definition (QuizEvidence.swift). The question builders are in QuizQuestions.swift.
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
    /// Milestones with a certain date, narrowed, by date.
    let milestonePool: [Int]
    /// Countries (narrowed) sorted by id.
    let sortedCountries: [Int]

    init(_ c: Catalog, framework: Int?, country: Int?) {
        self.c = c
        self.framework = framework
        self.country = country
        let d = c.data
        // Ranks by id, so that sorting compares integers, not strings (or whole records).
        let countryIDs = d.countries.map(\.common.id), frameworkIDs = d.frameworks.map(\.common.id)
        let countryOrder = countryIDs.indices.sorted { countryIDs[$0] < countryIDs[$1] }
        let frameworkOrder = frameworkIDs.indices.sorted { frameworkIDs[$0] < frameworkIDs[$1] }
        var frameworkRank = [Int](repeating: 0, count: d.frameworks.count)
        for (rank, f) in frameworkOrder.enumerated() { frameworkRank[f] = rank }
        var pairs: [Pair] = []
        for ci in countryOrder where country == nil || country == ci {
            var own: [Pair] = []
            for m in d.countries[ci].memberships where !m.isHistorical {
                guard let f = c.ref(for: m.framework), f.kind == .framework, d.frameworks[f.index].ended == nil else { continue }
                if let framework, framework != f.index { continue }
                own.append(Pair(country: ci, framework: f.index, membership: m))
            }
            pairs += own.sorted { frameworkRank[$0.framework] < frameworkRank[$1.framework] }
        }
        self.pairs = pairs
        var latest = PartialDate.years.lowerBound
        for m in d.milestones { latest = max(latest, m.date.year, m.uncertain?.to ?? 0) }
        for f in d.frameworks { latest = max(latest, f.founded, f.ended ?? 0) }
        for x in d.countries {
            latest = max(latest, x.accession ?? 0)
            for m in x.memberships { latest = max(latest, m.joined ?? 0, m.until ?? 0, m.uncertain?.to ?? 0) }
        }
        self.latestYear = latest
        self.milestonePool = Self.milestones(c, framework: framework, country: country)
        self.sortedCountries = countryOrder.filter { country == nil || country == $0 }
    }

    // MARK: Pools

    func pool(_ kind: Question.Kind) -> [Subject] {
        let d = c.data
        switch kind {
        case .frameworkOfCountry, .countryInFramework:
            return pairs.indices.filter { pairs[$0].membership.status == .active }.map(Subject.pair)
        case .joinedFramework:
            // An uncertain year is never asked.
            return pairs.indices.filter { pairs[$0].membership.joined != nil && pairs[$0].membership.uncertain == nil }.map(Subject.pair)
        case .joinedNATO:
            guard framework == nil else { return [] }
            return sortedCountries.filter { d.countries[$0].kind == .ally && d.countries[$0].accession != nil }.map(Subject.country)
        case .allyOrPartner:
            var ids = sortedCountries.filter { d.countries[$0].kind == .ally || !activePartnerships($0).isEmpty }
            if let framework {
                let members = Set(c.members(ofFramework: framework).filter { !$0.membership.isHistorical }.map(\.country))
                ids = ids.filter { members.contains($0) }
            }
            return ids.map(Subject.country)
        case .firstMilestone:
            return milestonePool.map(Subject.milestone)
        }
    }

    /// Milestones tied to the narrowing framework and country (all when not narrowed), by
    /// date, leaving out those whose date the sources dispute.
    static func milestones(_ c: Catalog, framework: Int?, country: Int?) -> [Int] {
        var refs = c.milestonesByDate.filter { c.data.milestones[$0].uncertain == nil }.map { EntityRef(.milestone, $0) }
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
