// Guided tours: a title, a description and ordered steps, each showing a record or a span of
// the timeline with a caption (and optional speaker notes). Tours are data files
// (Resources/tours/*.json, or a teacher's own with --tour-file), validated like the data set:
// every problem names the file and the step. The format is documented in docs/DATA.md.
import NatoText

/// The pane a step gives the keyboard focus to.
public enum TourFocus: String, CaseIterable, Sendable {
    case countries, frameworks, areas, timeline, detail
}

public struct TourStep: Sendable, Equatable {
    /// The record the step selects (an id of the data set), if any.
    public var entity: String?
    /// The span of the timeline the step shows (inclusive years), if any.
    public var span: ClosedRange<Int>?
    /// Where the focus goes after the step is shown (nil: the record's own pane).
    public var focus: TourFocus?
    /// Turns the filter on (by the selected record) or off; nil leaves it as it is.
    public var filter: Bool?
    /// One or two sentences shown on screen.
    public var caption: String
    /// Speaker notes: paragraphs for the presenter (written to the --notes file).
    public var notes: [String]
    /// The step's heading (lessons' `## heading`; nil in JSON tours).
    public var title: String?
    /// The year the explorer shows the data as of (`year:` in a lesson), if any.
    public var year: Int?
    /// Whether and where the step shows the map (`map:` in a lesson), if it says.
    public var map: TourMapView?

    public init(entity: String? = nil, span: ClosedRange<Int>? = nil, focus: TourFocus? = nil, filter: Bool? = nil,
                caption: String, notes: [String] = [], title: String? = nil, year: Int? = nil, map: TourMapView? = nil) {
        self.entity = entity
        self.span = span
        self.focus = focus
        self.filter = filter
        self.caption = caption
        self.notes = notes
        self.title = title
        self.year = year
        self.map = map
    }
}

/// What a step does with the map: show it on a region (or fitted to the step's records), or hide it.
public enum TourMapView: String, CaseIterable, Sendable {
    case world, euroAtlantic = "euro-atlantic", europe, mena, indoPacific = "indo-pacific", fit, off
}

public struct Tour: Sendable, Equatable {
    /// The file name without `.json` or `.md`: what `natoscope tour NAME` takes.
    public var name: String
    public var title: String
    public var description: String
    public var steps: [TourStep]
    /// Seconds between steps when the lesson asks to advance by itself (front matter `interval`).
    public var interval: Double?

    public init(name: String, title: String, description: String, steps: [TourStep], interval: Double? = nil) {
        self.name = name
        self.title = title
        self.description = description
        self.steps = steps
        self.interval = interval
    }
}

public enum TourLoader {
    /// Reads tour files from paths (files, or folders of `*.json` and `*.md` lessons).
    public static func read(paths: [String]) -> Result<[DataFile], DataProblems> {
        DataLoader.read(paths: paths, extensions: [".json", ".md"])
    }

    /// Decodes and validates tours against a catalog: every problem of every file, or the tours
    /// in file order. Two files with the same name are an error.
    public static func load(_ files: [DataFile], catalog: Catalog) -> Result<[Tour], DataProblems> {
        var log = ProblemLog()
        var tours: [Tour] = []
        var seen: [String: String] = [:]
        for file in files {
            let lesson = file.name.lowercased().hasSuffix(".md")
            guard let tour = lesson ? LessonLoader.decode(file, catalog: catalog, &log) : decode(file, catalog: catalog, &log) else { continue }
            if let other = seen[tour.name] {
                log.add(file.name, "", "a tour named \"\(tour.name)\" is already loaded from \(other)")
                continue
            }
            seen[tour.name] = file.name
            tours.append(tour)
        }
        return log.problems.isEmpty ? .success(tours) : .failure(DataProblems(log.problems))
    }

    /// The tour name a file gets: its base name without `.json`, as a slug.
    public static func name(forFile path: String) -> String {
        var base = path.split(separator: "/").last.map(String.init) ?? path
        if base.lowercased().hasSuffix(".json") { base.removeLast(5) } else if base.lowercased().hasSuffix(".md") { base.removeLast(3) }
        var slug = ""
        for ch in base.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                slug.append(ch)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "tour" : String(slug.prefix(80))
    }

    static func decode(_ file: DataFile, catalog: Catalog, _ log: inout ProblemLog) -> Tour? {
        if file.bytes.count > DataLoader.maximumFileSize {
            log.add(file.name, "", "file is larger than \(DataLoader.maximumFileSize >> 20) MiB")
            return nil
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(file.bytes)
        } catch {
            log.add(file.name, "line \(error.line), column \(error.column)", error.message)
            return nil
        }
        var local = ProblemLog()
        let top = FieldPath(record: "tour", field: "")
        var reader = RecordReader(file: file.name, path: { top }, value: root, log: &local)
        let title = reader.text("title", &local)
        let description = reader.text("description", &local)
        let steps: [TourStep] = reader.array("steps", required: true, nonEmpty: true, &local) { value, path, log in
            let p = path()  // tours are small: spelling every step's path is cheap
            return step(value, path: p, file: file.name, catalog: catalog, &log)
        }
        reader.finish(&local)
        // Locations read "steps[3].entity", not "tour .steps[3].entity": the file is the tour.
        for var p in local.problems {
            if p.location == "tour" {
                p.location = ""
            } else if p.location.hasPrefix("tour .") {
                p.location.removeFirst(6)
            }
            log.problems.append(p)
        }
        guard local.problems.isEmpty, let title, let description else { return nil }
        return Tour(name: name(forFile: file.name), title: title, description: description, steps: steps)
    }

    static func step(_ value: JSONValue, path: FieldPath, file: String, catalog: Catalog,
                     _ log: inout ProblemLog) -> TourStep? {
        let before = log.problems.count
        var r = RecordReader(file: file, path: { path }, value: value, log: &log)
        guard r.isObject else { return nil }
        func report(_ key: String?, _ message: String, _ log: inout ProblemLog) {
            log.add(file, (key.map { path.appending($0) } ?? path).description, message)
        }
        let entity = r.text("entity", required: false, &log)
        if let entity, catalog.ref(for: entity) == nil {
            var message = "unknown id \"\(entity.inert)\""
            if let near = Suggest.nearest(to: entity, among: catalog.allIDs) { message += " (did you mean \"\(near)\"?)" }
            report("entity", message, &log)
        }
        let from = r.year("from", required: false, &log)
        let to = r.year("to", required: false, &log)
        var span: ClosedRange<Int>?
        if let a = from.value ?? to.value, let b = to.value ?? from.value {
            if a > b {
                report("to", "the span ends (\(b)) before it starts (\(a))", &log)
            } else {
                span = a...b
                let milestones = catalog.data.milestones
                if !milestones.contains(where: { span?.contains($0.date.year) ?? false }) {
                    report(from.present ? "from" : "to", "no milestone of the data set falls in \(a)...\(b)", &log)
                }
            }
        }
        var focus: TourFocus?
        if let f = r.text("focus", required: false, &log) {
            focus = TourFocus(rawValue: f)
            if focus == nil {
                report("focus", "expected one of \(TourFocus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), found \"\(f.inert)\"", &log)
            }
        }
        var filter: Bool?
        if let f = r.text("filter", required: false, &log) {
            switch f {
            case "on": filter = true
            case "off": filter = false
            default: report("filter", "expected 'on' or 'off', found \"\(f.inert)\"", &log)
            }
        }
        let caption = r.text("caption", &log)
        if let caption, caption.count > 320 {
            report("caption", "the caption is \(caption.count) characters long; keep it to one or two sentences (at most 320 characters) and put the rest in \"notes\"", &log)
        }
        let notes = r.texts("notes", &log)
        r.finish(&log)
        if entity == nil && !from.present && !to.present {
            report(nil, "the step has nothing to show: give \"entity\" (a record's id) or \"from\"/\"to\" (a span of years)", &log)
        }
        guard log.problems.count == before, let caption else { return nil }
        return TourStep(entity: entity, span: span, focus: focus, filter: filter, caption: caption, notes: notes)
    }
}
