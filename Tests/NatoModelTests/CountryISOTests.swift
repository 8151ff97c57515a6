import Testing
import NatoData
@testable import NatoModel

@Suite("Country ISO codes")
struct CountryISOTests {
    func load(_ iso: String, second: String? = nil) -> Result<Catalog, DataProblems> {
        func country(_ id: String, _ iso: String) -> String {
            """
            {"id": "\(id)", "name": "\(id)", "iso": "\(iso)", "kind": "partner", "region": "Europe",
             "memberships": [{"framework": "pfp", "joined": 1994, "status": "active"}], "summary": "s", "sources": ["s1"]}
            """
        }
        var countries = [country("aland", iso)]
        if let second { countries.append(country("bland", second)) }
        let json = """
        {"sources": [{"id": "s1", "title": "t", "kind": "other"}],
         "frameworks": [{"id": "pfp", "name": "PfP", "membersComplete": true, "alliesExcluded": true, "kind": "programme", "founded": 1994, "region": "Euro-Atlantic",
           "purpose": "p", "summary": "s", "sources": ["s1"]}],
         "countries": [\(countries.joined(separator: ","))]}
        """
        return DataLoader.load([DataFile(name: "t.json", bytes: Array(json.utf8))])
    }

    @Test func aValidCodeIsKept() throws {
        let c = try load("FRA").get()
        #expect(c.data.countries[0].iso == "FRA")
    }

    @Test(arguments: ["fra", "FR", "FRAN", "F1A", "ÉTA"])
    func invalidCodesAreReported(iso: String) {
        guard case .failure(let problems) = load(iso) else { Issue.record("accepted \(iso)"); return }
        #expect(problems.description.contains("iso"))
        #expect(problems.description.contains("ISO 3166-1 alpha-3"))
    }

    @Test func duplicateCodesAreReported() {
        guard case .failure(let problems) = load("FRA", second: "FRA") else { Issue.record("accepted a duplicate"); return }
        #expect(problems.description.contains("duplicate iso \"FRA\""))
    }

    @Test func everyBuiltInCountryHasAUniqueCode() throws {
        let c = try BuiltinData.load().get()
        let codes = c.data.countries.compactMap(\.iso)
        #expect(codes.count == c.data.countries.count)
        #expect(Set(codes).count == codes.count)
    }
}
