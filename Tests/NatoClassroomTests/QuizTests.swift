import NatoClassroom
import NatoModel
import Testing

/// Checks a question against the catalog, independently of how the generator works.
struct Oracle {
    let c: Catalog

    func country(_ id: String) -> Country? {
        guard let r = c.ref(for: id), r.kind == .country else { return nil }
        return c.data.countries[r.index]
    }

    func membership(_ country: Country, _ framework: String) -> Membership? {
        country.memberships.first { $0.framework == framework }
    }

    func frameworkExists(_ id: String) -> Bool { c.ref(for: id)?.kind == .framework }

    /// Not in the framework's list, and the list proves it: complete, or the framework
    /// excludes allies and the country is one (absence from a partial list proves nothing).
    func provablyOutside(_ x: Country, _ framework: String) -> Bool {
        guard membership(x, framework) == nil, let r = c.ref(for: framework), r.kind == .framework else { return false }
        let f = c.data.frameworks[r.index]
        return f.membersComplete || f.ended != nil || (f.alliesExcluded && x.kind == .ally)
    }

    /// The earliest and latest day a partial date may stand for.
    func span(_ d: PartialDate) -> (lo: [Int], hi: [Int]) {
        ([d.year, d.month ?? 1, d.day ?? 1], [d.year, d.month ?? 12, d.day ?? 31])
    }

    /// Whether `key` is a right answer to `q`, per the data.
    func isTrue(_ q: Question, _ key: String) -> Bool {
        switch q.kind {
        case .frameworkOfCountry:
            guard let x = country(q.recordIDs[0]), frameworkExists(key), let m = membership(x, key) else { return false }
            return !m.isHistorical && m.status == .active
        case .countryInFramework:
            guard let x = country(key), let m = membership(x, q.recordIDs[1]) else { return false }
            return !m.isHistorical && m.status == .active
        case .joinedFramework:
            guard let x = country(q.recordIDs[0]), let m = membership(x, q.recordIDs[1]), !m.isHistorical, let joined = m.joined else { return false }
            return String(joined) == key
        case .joinedNATO:
            guard let x = country(q.recordIDs[0]), x.kind == .ally, let year = x.accession else { return false }
            return String(year) == key
        case .allyOrPartner:
            guard let x = country(q.recordIDs[0]) else { return false }
            return x.kind.rawValue == key
        case .firstMilestone:
            guard let r = c.ref(for: key), r.kind == .milestone else { return false }
            let mine = span(c.data.milestones[r.index].date)
            return q.choiceKeys.allSatisfy { other in
                guard other != key else { return true }
                guard let o = c.ref(for: other), o.kind == .milestone else { return false }
                return mine.hi.lexicographicallyPrecedes(span(c.data.milestones[o.index].date).lo)
            }
        }
    }

    /// Whether a distractor is certainly wrong: stricter than "not true" where a half-truth
    /// would confuse (a former or suspended membership is never offered as a wrong answer).
    func isClearlyWrong(_ q: Question, _ key: String) -> Bool {
        switch q.kind {
        case .frameworkOfCountry:
            guard let x = country(q.recordIDs[0]) else { return false }
            return frameworkExists(key) && provablyOutside(x, key)
        case .countryInFramework:
            guard let x = country(key) else { return false }
            return provablyOutside(x, q.recordIDs[1])
        default:
            return !isTrue(q, key)
        }
    }

    func check(_ q: Question, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((2...4).contains(q.choices.count), "\(q.prompt)", sourceLocation: sourceLocation)
        #expect(q.choiceKeys.count == q.choices.count, sourceLocation: sourceLocation)
        #expect(q.choices.indices.contains(q.correctIndex), sourceLocation: sourceLocation)
        #expect(Set(q.choices).count == q.choices.count, "choices are distinct: \(q.choices)", sourceLocation: sourceLocation)
        #expect(Set(q.choiceKeys).count == q.choiceKeys.count, sourceLocation: sourceLocation)
        guard q.choices.indices.contains(q.correctIndex), q.choiceKeys.count == q.choices.count else { return }
        for (i, key) in q.choiceKeys.enumerated() {
            if i == q.correctIndex {
                #expect(isTrue(q, key), "right answer '\(q.choices[i])' is true for: \(q.prompt)", sourceLocation: sourceLocation)
            } else {
                #expect(isClearlyWrong(q, key), "distractor '\(q.choices[i])' is wrong for: \(q.prompt)", sourceLocation: sourceLocation)
            }
        }
        #expect(!q.sourceIDs.isEmpty, "every answer has a source", sourceLocation: sourceLocation)
        for id in q.sourceIDs { #expect(c.ref(for: id)?.kind == .source, sourceLocation: sourceLocation) }
        #expect(!q.explanation.isEmpty, sourceLocation: sourceLocation)
        if q.kind == .joinedFramework, let x = country(q.recordIDs[0]), let m = membership(x, q.recordIDs[1]), m.status == .suspended {
            #expect(q.prompt.contains("suspended"), "a suspended membership is asked about only saying so", sourceLocation: sourceLocation)
        }
    }
}

@Suite("Quiz generation")
struct QuizTests {
    @Test func everyAnswerIsTrueAndEveryDistractorWrongFor200SeedsAndAllKinds() throws {
        let c = try Fixtures.builtinCatalog()
        let oracle = Oracle(c: c)
        var seen = Set<Question.Kind>()
        var checked = 0
        for seed in UInt64(0)..<200 {
            for kind in Question.Kind.allCases {
                let questions = try Quiz.generate(catalog: c, seed: seed, count: 3, kinds: [kind])
                #expect(questions.count == 3, "\(kind) seed \(seed)")
                for q in questions {
                    #expect(q.kind == kind)
                    oracle.check(q)
                    seen.insert(q.kind)
                    checked += 1
                }
            }
            let mixed = try Quiz.generate(catalog: c, seed: seed)
            #expect(mixed.count == Quiz.defaultCount)
            for q in mixed { oracle.check(q) }
            #expect(Set(mixed.map { [$0.prompt] + $0.choiceKeys }).count == mixed.count, "no question is asked twice in one quiz")
            #expect(Set(mixed.map { "\($0.kind) \($0.recordIDs)" }).count == mixed.count, "no fact is asked about twice")
            let pairs = mixed.filter { $0.kind == .frameworkOfCountry || $0.kind == .countryInFramework }.map(\.recordIDs)
            #expect(Set(pairs).count == pairs.count, "a membership is asked about one way only")
        }
        #expect(seen == Set(Question.Kind.allCases))
        #expect(checked == 200 * Question.Kind.allCases.count * 3)
    }

    @Test func theSameSeedGivesTheSameQuizAndOtherSeedsOtherQuizzes() throws {
        let c = try Fixtures.builtinCatalog()
        let a = try Quiz.generate(catalog: c, seed: 12345)
        let b = try Quiz.generate(catalog: c, seed: 12345)
        #expect(a == b)
        var distinct = Set<[String]>()
        for seed in UInt64(0)..<20 { distinct.insert(try Quiz.generate(catalog: c, seed: seed).map(\.prompt)) }
        #expect(distinct.count == 20)
        let kinds = Set(a.map(\.kind))
        #expect(kinds.count >= 4, "a quiz mixes the kinds of question: \(kinds)")
    }

    /// The same seed gives the same questions on any machine: a recorded quiz must not change.
    @Test func aSeededQuizIsStableAcrossMachines() throws {
        let c = try Fixtures.minimal()
        let questions = try Quiz.generate(catalog: c, seed: 7, count: 10)
        try Fixtures.assertGolden(Quiz.json(questions, catalog: c, seed: 7), "quiz-minimal-seed7.json")
        for q in questions { Oracle(c: c).check(q) }
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var a = SplitMix64(seed: 99), b = SplitMix64(seed: 99)
        let xs = (0..<100).map { _ in a.below(7) }
        #expect(xs == (0..<100).map { _ in b.below(7) })
        #expect(xs.allSatisfy { (0..<7).contains($0) })
        #expect(Set(xs).count == 7)
    }

    @Test func narrowingToAFrameworkAsksOnlyAboutIt() throws {
        let c = try Fixtures.builtinCatalog()
        let md = try #require(c.ref(for: "md"))
        let related = Set(c.related(md).map { c.id($0) })
        for seed in UInt64(0)..<30 {
            let questions = try Quiz.generate(catalog: c, seed: seed, count: 8, framework: "md")
            #expect(!questions.isEmpty)
            for q in questions {
                Oracle(c: c).check(q)
                switch q.kind {
                case .joinedNATO: Issue.record("accession questions are not about a framework")
                case .firstMilestone: #expect(q.choiceKeys.allSatisfy(related.contains))
                case .allyOrPartner: #expect(related.contains(q.recordIDs[0]))
                default: #expect(q.recordIDs.contains("md"), "\(q.prompt)")
                }
            }
        }
    }

    @Test func narrowingToACountryAsksOnlyAboutIt() throws {
        let c = try Fixtures.builtinCatalog()
        let israel = try #require(c.ref(for: "israel"))
        let related = Set(c.related(israel).map { c.id($0) })
        for seed in UInt64(0)..<30 {
            let questions = try Quiz.generate(catalog: c, seed: seed, count: 8, country: "israel")
            #expect(!questions.isEmpty)
            for q in questions {
                Oracle(c: c).check(q)
                if q.kind == .firstMilestone {
                    #expect(q.choiceKeys.allSatisfy(related.contains))
                } else {
                    #expect(q.recordIDs.contains("israel") || q.choiceKeys[q.correctIndex] == "israel", "\(q.prompt)")
                }
            }
        }
        let both = try Quiz.generate(catalog: c, seed: 1, count: 20, framework: "md", country: "israel")
        #expect(!both.isEmpty)
        #expect(both.allSatisfy { $0.kind == .firstMilestone || $0.recordIDs.contains("israel") || $0.choiceKeys.contains("israel") })
    }

    @Test func unknownIdsThrowWithASuggestion() throws {
        let c = try Fixtures.builtinCatalog()
        #expect(throws: QueryError.unknownID("pfpp", expected: .framework, suggestion: "pfp")) {
            try Quiz.generate(catalog: c, seed: 1, framework: "pfpp")
        }
        #expect(throws: QueryError.unknownID("isreal", expected: .country, suggestion: "israel")) {
            try Quiz.generate(catalog: c, seed: 1, country: "isreal")
        }
        #expect(throws: QueryError.self) { try Quiz.generate(catalog: c, seed: 1, country: "md") }
    }

    /// Unknown years, former and suspended memberships: only what the data can answer.
    @Test func onlyAsksWhatTheDataCanAnswer() throws {
        let c = try Fixtures.catalog("""
            { "sources": [{ "id": "s", "title": "S", "kind": "official", "url": "https://example.org/s" }],
              "frameworks": [
                { "id": "fa", "name": "Alpha", "membersComplete": true, "alliesExcluded": false, "kind": "forum", "founded": 1990, "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] },
                { "id": "fb", "name": "Beta", "membersComplete": true, "alliesExcluded": false, "kind": "forum", "founded": 1990, "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] },
                { "id": "fc", "name": "Gamma", "membersComplete": true, "alliesExcluded": false, "kind": "forum", "founded": 1990, "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] } ],
              "countries": [
                { "id": "unknown-year", "name": "Unknown Year", "kind": "partner", "region": "Europe", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "fa", "joined": null, "status": "active" }] },
                { "id": "former", "name": "Former", "kind": "ally", "region": "Europe", "accession": 1999, "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "fb", "joined": 1994, "status": "active", "until": 1999 }] },
                { "id": "paused", "name": "Paused", "kind": "partner", "region": "Europe", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "fc", "joined": 1996, "status": "suspended", "suspendedFrom": 2000, "remark": "Suspended in 2000." }] } ] }
            """)
        let oracle = Oracle(c: c)
        var joinedAbout: Set<String> = []
        for seed in UInt64(0)..<50 {
            for q in try Quiz.generate(catalog: c, seed: seed, count: 20) {
                oracle.check(q)
                if q.kind == .joinedFramework { joinedAbout.insert(q.recordIDs[0]) }
                if q.kind == .frameworkOfCountry || q.kind == .countryInFramework {
                    #expect(q.recordIDs == ["unknown-year", "fa"], "only the current active membership: \(q.prompt)")
                }
            }
        }
        #expect(joinedAbout == ["paused"], "no year question without a year, nor about a former membership")
        let paused = try Quiz.generate(catalog: c, seed: 3, count: 20, kinds: [.joinedFramework])
        #expect(paused.count == 1)
        #expect(paused.first?.prompt.contains("suspended") == true)
        #expect(paused.first?.explanation.contains("Suspended in 2000.") == true)
    }

    @Test func milestonesWithUnclearOrderAreNeverComparedAndSmallDataGivesFewerQuestions() throws {
        let c = try Fixtures.catalog("""
            { "sources": [{ "id": "s", "title": "S", "kind": "official" }],
              "countries": [{ "id": "a", "name": "A", "kind": "ally", "region": "Europe", "accession": 1949, "summary": "S.", "sources": ["s"] }],
              "milestones": [
                { "id": "m1", "date": "2000", "title": "Year only", "summary": "S.", "countries": ["a"], "sources": ["s"] },
                { "id": "m2", "date": "2000-05", "title": "Month", "summary": "S.", "countries": ["a"], "sources": ["s"] },
                { "id": "m3", "date": "2000-05-03", "title": "Day", "summary": "S.", "countries": ["a"], "sources": ["s"] } ] }
            """)
        for seed in UInt64(0)..<30 {
            let questions = try Quiz.generate(catalog: c, seed: seed, count: 10)
            #expect(questions.count == 2, "one ally/partner and one accession question; no milestone pair is clearly ordered")
            #expect(!questions.contains { $0.kind == .firstMilestone })
            for q in questions { Oracle(c: c).check(q) }
        }
        #expect(try Quiz.generate(catalog: c, seed: 1, count: 10, framework: nil, country: "a", kinds: [.firstMilestone]).isEmpty)
    }
}
