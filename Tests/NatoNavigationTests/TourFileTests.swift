import Foundation
import NatoData
import NatoModel
import Testing

/// Tour files are validated like data: every problem names the file and the step.
@Suite struct TourFileTests {
    static func problems(_ json: String, file: String = "tours/x.json") -> [String] {
        switch TourLoader.load([DataFile(name: file, bytes: Array(json.utf8))], catalog: catalog) {
        case .success: return []
        case .failure(let p): return p.problems.map(\.description)
        }
    }

    static func steps(_ steps: String) -> String {
        #"{"title": "X", "description": "A tour.", "steps": ["# + steps + "]}"
    }

    @Test func builtinToursLoadAndAreTheRightLength() {
        #expect(builtinTours.map(\.name).sorted() == ["israel-and-nato", "nato-grows", "partners-across-the-globe", "partnership-frameworks", "ukraine-and-georgia"])
        for t in builtinTours {
            #expect((8...15).contains(t.steps.count), "\(t.name) has \(t.steps.count) steps")
            for (i, step) in t.steps.enumerated() {
                #expect(step.caption.count <= 320, "\(t.name) step \(i + 1)")
            }
        }
        #expect(tour("israel-and-nato").title == "Israel and NATO")
    }

    @Test func aGoodTourLoads() throws {
        let json = Self.steps(#"{"entity": "israel", "focus": "detail", "caption": "Israel.", "notes": ["A note."]}, {"from": 1994, "to": 1995, "filter": "off", "caption": "Years."}"#)
        let tours = try TourLoader.load([DataFile(name: "dir/My Tour.json", bytes: Array(json.utf8))], catalog: catalog).get()
        #expect(tours.count == 1)
        #expect(tours[0].name == "my-tour")
        #expect(tours[0].steps[0] == TourStep(entity: "israel", focus: .detail, caption: "Israel.", notes: ["A note."]))
        #expect(tours[0].steps[1].span == 1994...1995 && tours[0].steps[1].filter == false)
    }

    @Test func unknownIDSuggestsTheNearest() {
        let p = Self.problems(Self.steps(#"{"entity": "israel", "caption": "a"}, {"entity": "md", "caption": "b"}, {"entity": "ici", "caption": "c"}, {"entity": "isreal", "caption": "d"}"#))
        #expect(p == [#"tours/x.json: steps[3].entity: unknown id "isreal" (did you mean "israel"?)"#])
    }

    @Test func emptyTourAndMissingFields() {
        #expect(Self.problems(#"{"title": "X", "description": "D", "steps": []}"#) == ["tours/x.json: steps: expected a non-empty array"])
        let p = Self.problems(#"{"steps": [{"entity": "israel"}]}"#)
        #expect(p.contains { $0.hasPrefix("tours/x.json: title: missing required field") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("tours/x.json: description: missing required field") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("tours/x.json: steps[0].caption: missing required field") }, "\(p)")
    }

    @Test func stepWithNothingToShow() {
        let p = Self.problems(Self.steps(#"{"caption": "Nothing.", "filter": "on"}"#))
        #expect(p.count == 1)
        #expect(p.first?.hasPrefix("tours/x.json: steps[0]: the step has nothing to show") == true, "\(p)")
    }

    @Test func unknownFieldsAndBadValues() {
        let p = Self.problems(Self.steps(#"{"entity": "israel", "caption": "c", "captoin": "typo", "focus": "map", "filter": "yes"}, {"from": 2000, "to": 1990, "caption": "c"}, {"from": 1901, "caption": "c"}"#)
            .replacingOccurrences(of: #""steps""#, with: #""colour": "red", "steps""#))
        #expect(p.contains { $0.hasPrefix("tours/x.json: steps[0].captoin: unknown field; expected one of: caption, entity, filter, focus, from, notes, to") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("tours/x.json: colour: unknown field") }, "\(p)")
        #expect(p.contains(#"tours/x.json: steps[0].focus: expected one of 'countries', 'frameworks', 'areas', 'timeline', 'detail', found "map""#), "\(p)")
        #expect(p.contains(#"tours/x.json: steps[0].filter: expected 'on' or 'off', found "yes""#), "\(p)")
        #expect(p.contains("tours/x.json: steps[1].to: the span ends (1990) before it starts (2000)"), "\(p)")
        #expect(p.contains("tours/x.json: steps[2].from: no milestone of the data set falls in 1901...1901"), "\(p)")
        #expect(p.count == 6, "\(p)")
    }

    @Test func syntaxErrorsAndWrongTypes() {
        let p = Self.problems(#"{"title": "X", "#)
        #expect(p.count == 1 && p[0].hasPrefix("tours/x.json: line 1, column "), "\(p)")
        #expect(Self.problems("[]") == ["tours/x.json: expected an object, found an array"])
        let q = Self.problems(Self.steps(#""israel""#))
        #expect(q == ["tours/x.json: steps[0]: expected an object, found a string"], "\(q)")
        let long = String(repeating: "word ", count: 80)
        let r = Self.problems(Self.steps(#"{"entity": "israel", "caption": ""# + long + #""}"#))
        #expect(r.count == 1 && r[0].contains("steps[0].caption: the caption is"), "\(r)")
    }

    @Test func twoFilesWithOneName() {
        let json = Array(Self.steps(#"{"entity": "israel", "caption": "c"}"#).utf8)
        let result = TourLoader.load([DataFile(name: "a/t.json", bytes: json), DataFile(name: "b/t.json", bytes: json)], catalog: catalog)
        guard case .failure(let p) = result else {
            Issue.record("loaded two tours named t")
            return
        }
        #expect(p.problems.map(\.description) == [#"b/t.json: a tour named "t" is already loaded from a/t.json"#])
    }
}
