import Testing
import NatoData
import NatoModel

/// "As of YEAR" over the built-in data: counts at every enlargement and framework milestone.
@Suite("As of a year")
struct AsOfTests {
    let c: Catalog
    let h: History
    init() throws {
        c = try BuiltinData.load().get()
        h = c.history
    }

    func framework(_ id: String) throws -> Int { try #require(c.ref(for: id)).index }
    func memberIDs(_ id: String, _ year: Int) throws -> Set<String> {
        Set(c.members(ofFramework: try framework(id), asOf: year, h).map { c.data.countries[$0.country].common.id })
    }

    @Test(arguments: [(1949, 12), (1951, 12), (1952, 14), (1955, 15), (1981, 15), (1982, 16), (1998, 16), (1999, 19),
                      (2004, 26), (2009, 28), (2017, 29), (2020, 30), (2023, 31), (2024, 32)])
    func alliesAtEachEnlargement(year: Int, count: Int) {
        #expect(c.allies(asOf: year, h).count == count, "Allies as of \(year)")
    }

    @Test func polandWasAPfPPartnerIn1998AndAnAllyIn1999() throws {
        let poland = try #require(c.data.countries.first { $0.common.id == "poland" })
        #expect(!h.isAlly(poland, asOf: 1998))
        #expect(try memberIDs("pfp", 1998).contains("poland"))
        #expect(h.isAlly(poland, asOf: 1999))
        #expect(try !memberIDs("pfp", 1999).contains("poland"), "PfP membership ended on accession")
    }

    @Test func eapcDoesNotExistBefore1997AndNaccEndsThen() {
        let ids = { (y: Int) in Set(c.frameworks(asOf: y, h).map { c.data.frameworks[$0].common.id }) }
        #expect(!ids(1996).contains("eapc"))
        #expect(ids(1997).contains("eapc"))
        #expect(ids(1996).contains("nacc"))
        #expect(!ids(1997).contains("nacc"))
        #expect(ids(1990).isEmpty, "no partnership framework before the NACC (1991)")
    }

    @Test func mediterraneanDialogueGrows() throws {
        #expect(try memberIDs("md", 1994).isEmpty)
        #expect(try memberIDs("md", 1995).count == 6)
        #expect(try memberIDs("md", 1999).count == 6)
        for year in [2000, 2010, h.latestYear] { #expect(try memberIDs("md", year).count == 7, "MD as of \(year)") }
        #expect(try memberIDs("md", 2000).subtracting(memberIDs("md", 1999)) == ["algeria"])
    }

    @Test func milestonesAsOfAYearHaveHappened() {
        let upTo1999 = c.milestones(asOf: 1999, h)
        #expect(!upTo1999.isEmpty)
        #expect(upTo1999.allSatisfy { c.data.milestones[$0].date.year <= 1999 })
        #expect(upTo1999.count < c.milestones(asOf: h.latestYear, h).count)
        #expect(c.milestones(asOf: h.latestYear, h).count == c.data.milestones.count)
    }

    @Test func yearsOutsideTheDataAreRejected() {
        #expect(h.check(1948) != nil)
        #expect(h.check(h.latestYear + 1) != nil)
        #expect(h.check(1949) == nil)
        #expect(h.check(h.latestYear) == nil)
        #expect(h.latestYear >= 2024)
    }

    /// Suspensions show from the year they began (Russia 2014), and a past one only while it
    /// lasted (Malta's PfP participation, 1996 to 2008).
    @Test func suspensionsShowFromTheYearTheyBegan() throws {
        func membership(_ country: String, _ framework: String) throws -> Membership {
            let x = try #require(c.data.countries.first { $0.common.id == country })
            return try #require(x.memberships.first { $0.framework == framework })
        }
        let russia = try membership("russia", "pfp")
        #expect(russia.status == .suspended)
        #expect(!h.isSuspended(russia, asOf: 2013) && h.membershipHeld(russia, asOf: 2013))
        #expect(h.isSuspended(russia, asOf: 2014) && h.isSuspended(russia, asOf: h.latestYear))
        let belarus = try membership("belarus", "pfp")
        #expect(!h.isSuspended(belarus, asOf: 2020) && h.isSuspended(belarus, asOf: 2021))
        let malta = try membership("malta", "pfp")
        #expect(!h.isSuspended(malta, asOf: 1995))
        #expect(h.isSuspended(malta, asOf: 1996) && h.isSuspended(malta, asOf: 2007))
        #expect(!h.isSuspended(malta, asOf: 2008) && !h.isSuspended(malta, asOf: h.latestYear))
    }

    /// A membership without a recorded joining year is shown from its framework's founding,
    /// and the reports are told so, except as of today, which the data does prove.
    @Test func unrecordedJoiningYearsAreFlagged() throws {
        let pakistan = try #require(c.data.countries.first { $0.common.id == "pakistan" })
        let pag = try #require(pakistan.memberships.first { $0.framework == "pag" })
        #expect(pag.joined == nil)
        #expect(h.startNotRecorded(pag, asOf: 2015))
        #expect(!h.startNotRecorded(pag, asOf: h.latestYear))
        let poland = try #require(c.data.countries.first { $0.common.id == "poland" })
        #expect(poland.memberships.allSatisfy { !h.startNotRecorded($0, asOf: 1998) })
    }

    /// Kuwait joined the ICI in 2004 or 2005 (the sources differ): as of 2004 it possibly
    /// was a member, so it is neither counted as one nor left out (no negative from a
    /// disputed date); as of 2005 it was one for certain.
    @Test func disputedJoiningYearsMakeAPossibleMembership() throws {
        let kuwait = try #require(c.data.countries.first { $0.common.id == "kuwait" })
        let ici = try #require(kuwait.memberships.first { $0.framework == "ici" })
        #expect(ici.uncertain?.from == 2004 && ici.joined == 2005)
        #expect(!h.membershipHeld(ici, asOf: 2004) && h.membershipPossible(ici, asOf: 2004))
        #expect(h.membershipShown(ici, asOf: 2004) && h.startUncertain(ici, asOf: 2004))
        #expect(!h.membershipShown(ici, asOf: 2003), "the ICI did not exist before 2004")
        #expect(h.membershipHeld(ici, asOf: 2005) && !h.membershipPossible(ici, asOf: 2005) && !h.startUncertain(ici, asOf: 2005))
        #expect(try memberIDs("ici", 2004) == ["kuwait"])
        #expect(h.isRelated(kuwait, asOf: 2004))
        let ukraine = try #require(c.data.countries.first { $0.common.id == "ukraine" })
        let pii = try #require(ukraine.memberships.first { $0.framework == "pii" })
        #expect(h.membershipPossible(pii, asOf: 2016) && h.startUncertain(pii, asOf: 2016))
    }

    @Test func existedCoversEveryKind() throws {
        let finland = try #require(c.ref(for: "finland"))
        #expect(!c.existed(finland, asOf: 1990, h), "no tie before the NACC/PfP")
        #expect(c.existed(finland, asOf: 1994, h), "PfP partner from 1994")
        let eapc = try #require(c.ref(for: "eapc"))
        #expect(!c.existed(eapc, asOf: 1996, h) && c.existed(eapc, asOf: 1997, h))
        // Dated 2005, but the sources put it as early as 2004: not "not yet" in 2004.
        let join = try #require(c.ref(for: "m-2005-bahrain-kuwait-qatar-join-ici"))
        #expect(!c.existed(join, asOf: 2003, h) && c.existed(join, asOf: 2004, h))
    }
}
