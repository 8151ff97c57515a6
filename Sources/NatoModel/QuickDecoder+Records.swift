// The quick decoder's records: the fields of each kind as DataSetDecoder reads them (the same
// required fields, types and rules between fields), straight from the bytes into the model.

extension QuickDecoder {
    /// The fields every record may have.
    struct Common {
        var id: String?
        var notes: [Note] = []
        var links: [String] = []

        /// Reads `key` if it is a common field; false when it is not one.
        mutating func read(_ key: KeyPrint, _ p: inout JSONParser, _ decoder: inout QuickDecoder) throws(JSONSyntaxError) -> Bool {
            switch key {
            case Key.id: id = try QuickDecoder.id(&p)
            case Key.notes:
                try QuickDecoder.elements(&p) { (p: inout JSONParser) throws(JSONSyntaxError) in notes.append(try decoder.note(&p)) }
            case Key.links: links = try decoder.ids(&p, .any)
            default: return false
            }
            return true
        }

        func finish(_ kind: EntityKind, _ decoder: inout QuickDecoder) throws(JSONSyntaxError) -> RecordCommon {
            guard let id, !links.contains(id) else { throw QuickDecoder.giveUp }
            try decoder.define(id, kind)
            return RecordCommon(id: id, notes: notes, links: links)
        }
    }

    mutating func record(_ kind: EntityKind, _ p: inout JSONParser) throws(JSONSyntaxError) {
        switch kind {
        case .source: try source(&p)
        case .framework: try framework(&p)
        case .country: try country(&p)
        case .area: try area(&p)
        case .milestone: try milestone(&p)
        case .institution, .exercise, .organization: try body(kind, &p)
        }
    }

    mutating func note(_ p: inout JSONParser) throws(JSONSyntaxError) -> Note {
        var kind: Note.Kind?, claimedBy: [String] = [], claim: String?, correction: String?, sources: [String] = []
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.kind: kind = try Self.choice(&p, Note.Kind.self)
            case Key.claimedBy: claimedBy = try self.sources(&p)
            case Key.claim: claim = try Self.text(&p)
            case Key.correction: correction = try Self.text(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return false
            }
            return true
        }
        guard let kind, let claim, let correction, !claimedBy.isEmpty, !sources.isEmpty else { throw Self.giveUp }
        return Note(kind: kind, claimedBy: claimedBy, claim: claim, correction: correction, sources: sources)
    }

    static func section(_ p: inout JSONParser) throws(JSONSyntaxError) -> Section {
        var title: String?, paragraphs: [String] = [], bullets: [String] = []
        try fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.title: title = try text(&p)
            case Key.paragraphs: paragraphs = try texts(&p)
            case Key.bullets: bullets = try texts(&p)
            default: return false
            }
            return true
        }
        guard let title, !(paragraphs.isEmpty && bullets.isEmpty) else { throw giveUp }
        return Section(title: title, paragraphs: paragraphs, bullets: bullets)
    }

    static func sections(_ p: inout JSONParser) throws(JSONSyntaxError) -> [Section] {
        var out: [Section] = []
        try elements(&p) { (p: inout JSONParser) throws(JSONSyntaxError) in out.append(try section(&p)) }
        return out
    }

    mutating func source(_ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), title: String?, kind: Source.Kind?, url: String?, publisher: String?, file: String?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.title: title = try Self.text(&p)
            case Key.kind: kind = try Self.choice(&p, Source.Kind.self)
            case Key.url: url = try Self.text(&p)
            case Key.publisher: publisher = try Self.text(&p)
            case Key.file: file = try Self.text(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || DataSetDecoder.hasSpace(url) { throw Self.giveUp }
        guard let title, let kind else { throw Self.giveUp }
        let record = try common.finish(.source, &self)
        dataSet.sources.append(Source(common: record, title: title, kind: kind, url: url, publisher: publisher, file: file))
    }

    mutating func framework(_ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), name: String?, abbreviation: String?, membersComplete: Bool?, alliesExcluded: Bool?, kind: String?
        var founded: Int?, ended: Int?, region: String?, purpose: String?, summary: String?
        var areas: [String] = [], sections: [Section] = [], sources: [String]?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.name: name = try Self.text(&p)
            case Key.abbreviation: abbreviation = try Self.text(&p)
            case Key.membersComplete: membersComplete = try Self.bool(&p)
            case Key.alliesExcluded: alliesExcluded = try Self.bool(&p)
            case Key.kind: kind = try Self.word(&p, among: Framework.kinds)
            case Key.founded: founded = try Self.year(&p)
            case Key.ended: ended = try Self.year(&p)
            case Key.region: region = try Self.text(&p)
            case Key.purpose: purpose = try Self.text(&p)
            case Key.summary: summary = try Self.text(&p)
            case Key.areas: areas = try self.ids(&p, .area)
            case Key.sections: sections = try Self.sections(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        if let founded, let ended, ended < founded { throw Self.giveUp }
        guard let name, let kind, let founded, let region, let purpose, let summary, let membersComplete, let alliesExcluded,
              let sources else { throw Self.giveUp }
        let record = try common.finish(.framework, &self)
        dataSet.frameworks.append(Framework(common: record, name: name, abbreviation: abbreviation, kind: kind,
                                            founded: founded, ended: ended, region: region, purpose: purpose, summary: summary, areas: areas,
                                            sections: sections, sources: sources, membersComplete: membersComplete, alliesExcluded: alliesExcluded))
    }

    mutating func area(_ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), name: String?, summary: String?, sections: [Section] = [], sources: [String]?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.name: name = try Self.text(&p)
            case Key.summary: summary = try Self.text(&p)
            case Key.sections: sections = try Self.sections(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        guard let name, let summary, let sources else { throw Self.giveUp }
        let record = try common.finish(.area, &self)
        dataSet.areas.append(Area(common: record, name: name, summary: summary, sections: sections, sources: sources))
    }

    mutating func body(_ kind: EntityKind, _ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), name: String?, abbreviation: String?, founded: Int?, ended: Int?, years: [Int]?
        var summary: String?, sections: [Section] = [], sources: [String]?
        let exercise = kind == .exercise
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.name: name = try Self.text(&p)
            case Key.abbreviation: abbreviation = try Self.text(&p)
            case Key.years where exercise: years = try Self.years(&p)
            case Key.founded where !exercise: founded = try Self.year(&p)
            case Key.ended where !exercise: ended = try Self.year(&p)
            case Key.summary: summary = try Self.text(&p)
            case Key.sections: sections = try Self.sections(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        if let founded, let ended, ended < founded { throw Self.giveUp }
        if exercise && (years ?? []).isEmpty { throw Self.giveUp }
        guard let name, let summary, let sources else { throw Self.giveUp }
        let record = try common.finish(kind, &self)
        let body = Body(common: record, name: name, abbreviation: abbreviation, founded: founded, ended: ended,
                        years: years ?? [], summary: summary, sections: sections, sources: sources)
        switch kind {
        case .institution: dataSet.institutions.append(body)
        case .exercise: dataSet.exercises.append(body)
        default: dataSet.organizations.append(body)
        }
    }
}
