import Foundation
import NatoClassroom
import NatoModel
import Testing

/// The quiz's self-audit (issue 8): a class must never be told something the record does not
/// prove. Every claim of every answer key is re-derived from the catalog by QuizAuditor.
@Suite("Quiz self-audit")
struct QuizAuditTests {
    @Test func everyClaimOfTheAnswerKeysForSeeds1To1000FollowsFromTheRecord() throws {
        let c = try Fixtures.builtinCatalog()
        var audit = QuizAuditor(c: c)
        var questions = 0
        var kinds: [Question.Kind: Int] = [:]
        for seed in UInt64(1)...1000 {
            let quiz = try Quiz.generate(catalog: c, seed: seed, count: 10)
            #expect(quiz.count == 10, "seed \(seed)")
            for q in quiz {
                audit.check(q)
                questions += 1
                kinds[q.kind, default: 0] += 1
            }
        }
        print("quiz self-audit: seeds 1...1000, \(questions) questions, \(audit.claims) claims checked, \(audit.violations.count) violations; by kind: "
              + Question.Kind.allCases.map { "\($0.rawValue) \(kinds[$0, default: 0])" }.joined(separator: ", "))
        #expect(questions == 10_000)
        #expect(Set(kinds.keys) == Set(Question.Kind.allCases), "every kind of question is audited")
        #expect(audit.claims >= 4 * questions, "\(audit.claims) claims")
        #expect(audit.violations.isEmpty, "\(audit.violations.count) violations; first: \(audit.violations.prefix(8).joined(separator: "\n"))")
        if let path = ProcessInfo.processInfo.environment["NATOSCOPE_AUDIT_LOG"] {
            try audit.violations.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The auditor itself must catch the mistakes issue 8 found: a closed-world reading of a
    /// partial list, an uncertain year, a defensible wrong year, a suspended partner.
    @Test func theAuditorCatchesClosedWorldClaimsUncertainYearsAndSuspendedPartners() throws {
        let c = try AuditData.catalog()
        func violations(_ q: Question) -> [String] {
            var a = QuizAuditor(c: c)
            a.check(q)
            return a.violations
        }
        // Confirmed is in the partial list; Unlisted is a partner the list just does not name.
        let closedWorld = Question(kind: .countryInFramework, prompt: "Partial: which of these countries takes part in it today?",
                                   choices: ["Confirmed", "Unlisted"], correctIndex: 0,
                                   explanation: "Confirmed has taken part in Partial since 2015; the other countries do not.",
                                   sourceIDs: ["s"], recordIDs: ["confirmed", "partial"], choiceKeys: ["confirmed", "unlisted"])
        #expect(violations(closedWorld).count == 2, "\(violations(closedWorld))")
        var byDefinition = closedWorld
        byDefinition.choices = ["Confirmed", "Old Ally"]
        byDefinition.choiceKeys = ["confirmed", "old-ally"]
        byDefinition.explanation = "Confirmed has taken part in Partial since 2015; the other choice is a NATO Ally, and Partial is for partners only."
        #expect(violations(byDefinition).isEmpty, "\(violations(byDefinition))")

        let uncertainYear = Question(kind: .joinedFramework, prompt: "Complete: in which year did Vague join?", choices: ["2004", "2006"],
                                     correctIndex: 0, explanation: "Vague joined Complete in 2004.", sourceIDs: ["s"],
                                     recordIDs: ["vague", "complete"], choiceKeys: ["2004", "2006"])
        #expect(violations(uncertainYear).contains { $0.contains("asks an uncertain year") })
        let defensibleYear = Question(kind: .joinedFramework, prompt: "Complete: in which year did Confirmed join?", choices: ["2010", "2012"],
                                      correctIndex: 0, explanation: "Confirmed joined Complete in 2010.", sourceIDs: ["s"],
                                      recordIDs: ["confirmed", "complete"], choiceKeys: ["2010", "2012"])
        #expect(violations(defensibleYear).contains { $0.contains("wrong year 2012") }, "2012 is the year of a milestone about both")
        let suspended = Question(kind: .allyOrPartner, prompt: "Is Paused a NATO ally or a partner?", choices: ["a NATO ally", "a partner (not a NATO member)"],
                                 correctIndex: 1, explanation: "Paused is a partner: it works with NATO (Complete 2000) but is not a member.",
                                 sourceIDs: ["s"], recordIDs: ["paused"], choiceKeys: ["ally", "partner"])
        #expect(violations(suspended).count == 2, "\(violations(suspended))")
        let wrongDate = Question(kind: .firstMilestone, prompt: "Which of these happened first?", choices: ["Early", "Late"], correctIndex: 0,
                                 explanation: "In order: 2011: Early; 2012: Late.", sourceIDs: ["s"], recordIDs: ["m-early", "m-late"],
                                 choiceKeys: ["m-early", "m-late"])
        #expect(violations(wrongDate).contains { $0.contains("does not date m-early") })
    }

    /// A small data set with every hard case: the generator's quizzes on it pass the audit, and
    /// what must never be asked is never asked.
    @Test func onAHardCaseDataSetNothingUnprovableIsAsked() throws {
        let c = try AuditData.catalog()
        var audit = QuizAuditor(c: c)
        var asked = Set<String>()
        var partnersOfferedAsOutsidePartial = Set<String>()
        for seed in UInt64(1)...300 {
            for q in try Quiz.generate(catalog: c, seed: seed, count: 10) {
                audit.check(q)
                asked.insert("\(q.kind.rawValue):\(q.recordIDs.joined(separator: ","))")
                if q.kind == .countryInFramework && q.recordIDs.last == "partial" {
                    partnersOfferedAsOutsidePartial.formUnion(q.choiceKeys.filter { !["confirmed", "old-ally", "new-ally"].contains($0) })
                }
            }
        }
        #expect(partnersOfferedAsOutsidePartial.isEmpty, "only allies are certainly outside a partial list for partners")
        #expect(audit.violations.isEmpty, "\(audit.violations.prefix(8).joined(separator: "\n"))")
        #expect(!asked.contains("joinedFramework:vague,complete"), "an uncertain year is never asked")
        #expect(!asked.contains("allyOrPartner:paused"), "a partner whose cooperation is all suspended is not called a partner")
        #expect(!asked.contains { $0.hasPrefix("firstMilestone:") && $0.contains("m-vague") }, "an uncertain date is never compared")
        #expect(asked.contains("countryInFramework:confirmed,partial"), "what is known of a partial list is still asked")
        #expect(asked.contains("joinedFramework:paused,complete"), "a suspended membership is asked about as suspended")
    }
}

enum AuditData {
    /// `partial` lists only confirmed members and excludes allies; `vague` joined in 2004 or
    /// 2005; `paused` is suspended; a milestone about Confirmed joining Complete is dated 2012.
    static func catalog() throws -> Catalog {
        try Fixtures.catalog("""
            { "sources": [{ "id": "s", "title": "S", "kind": "official", "url": "https://example.org/s" },
                          { "id": "t", "title": "T", "kind": "other" }],
              "frameworks": [
                { "id": "complete", "name": "Complete", "membersComplete": true, "alliesExcluded": true, "kind": "forum", "founded": 1994,
                  "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] },
                { "id": "partial", "name": "Partial", "membersComplete": false, "alliesExcluded": true, "kind": "initiative", "founded": 2014,
                  "region": "Global", "purpose": "P.", "summary": "S.", "sources": ["s"] } ],
              "countries": [
                { "id": "old-ally", "name": "Old Ally", "kind": "ally", "region": "Europe", "accession": 1949, "summary": "S.", "sources": ["s"] },
                { "id": "new-ally", "name": "New Ally", "kind": "ally", "region": "Europe", "accession": 2004, "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "complete", "joined": 1994, "status": "active", "until": 2004 }] },
                { "id": "confirmed", "name": "Confirmed", "kind": "partner", "region": "Europe", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "complete", "joined": 2010, "status": "active" },
                                  { "framework": "partial", "joined": 2015, "status": "active" }] },
                { "id": "unlisted", "name": "Unlisted", "kind": "partner", "region": "Europe", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "complete", "joined": 1996, "status": "active" }] },
                { "id": "vague", "name": "Vague", "kind": "partner", "region": "Gulf", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "complete", "joined": 2004, "status": "active",
                                    "uncertain": { "from": 2004, "to": 2005, "note": "Its own sources say 2004, NATO's 2005.", "sources": ["s", "t"] } }] },
                { "id": "paused", "name": "Paused", "kind": "partner", "region": "Europe", "summary": "S.", "sources": ["s"],
                  "memberships": [{ "framework": "complete", "joined": 2000, "status": "suspended", "suspendedFrom": 2014, "remark": "Suspended in 2014." }] } ],
              "milestones": [
                { "id": "m-early", "date": "2010", "title": "Early", "summary": "S.", "countries": ["confirmed"], "sources": ["s"] },
                { "id": "m-late", "date": "2012", "title": "Late", "summary": "S.", "countries": ["confirmed"], "frameworks": ["complete"], "sources": ["s"] },
                { "id": "m-vague", "date": "2005-03", "title": "Vague joins", "summary": "S.", "countries": ["vague"], "frameworks": ["complete"], "sources": ["s"],
                  "uncertain": { "from": 2004, "to": 2005, "note": "Sources differ.", "sources": ["s", "t"] } },
                { "id": "m-launch", "date": "1994-01", "title": "Complete launched", "summary": "S.", "frameworks": ["complete"], "sources": ["s"] } ] }
            """)
    }
}
