// The quick decoder's countries (ISO code, memberships, suspensions) and milestones, with
// their uncertain years: the same fields and rules as DataSetDecoder's, whose checks between
// years are called here with a log that only tells whether they complained.

extension QuickDecoder {
    mutating func country(_ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), name: String?, iso: String?, kind: Country.Kind?, region: String?, accession: Int?
        var memberships: [Membership] = [], areas: [String] = [], summary: String?, sections: [Section] = [], sources: [String]?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.name: name = try Self.text(&p)
            case Key.iso: iso = try Self.text(&p)
            case Key.kind: kind = try Self.choice(&p, Country.Kind.self)
            case Key.region: region = try Self.word(&p, among: Country.regions)
            case Key.accession: accession = try Self.year(&p)
            case Key.memberships:
                try Self.elements(&p) { (p: inout JSONParser) throws(JSONSyntaxError) in memberships.append(try self.membership(&p)) }
            case Key.areas: areas = try self.ids(&p, .area)
            case Key.summary: summary = try Self.text(&p)
            case Key.sections: sections = try Self.sections(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        if let iso {
            guard iso.utf8.count == 3, iso.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), isoCodes.insert(iso).inserted else { throw Self.giveUp }
        }
        guard let name, let kind, let region, let summary, let sources else { throw Self.giveUp }
        switch kind {
        case .ally: guard accession != nil else { throw Self.giveUp }
        case .partner: guard accession == nil, !memberships.isEmpty else { throw Self.giveUp }
        }
        for i in memberships.indices.dropFirst() where memberships[..<i].contains(where: { $0.framework == memberships[i].framework }) {
            throw Self.giveUp
        }
        let record = try common.finish(.country, &self)
        dataSet.countries.append(Country(common: record, name: name, iso: iso, kind: kind, region: region, accession: accession,
                                         memberships: memberships, areas: areas, summary: summary, sections: sections, sources: sources))
    }

    mutating func membership(_ p: inout JSONParser) throws(JSONSyntaxError) -> Membership {
        var framework: String?, joined: Int?, sawJoined = false, status: Membership.Status?, until: Int?, remark: String?
        var uncertain: Uncertainty?, from: Int?, resumed: Int?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.framework: framework = try Self.text(&p)
            case Key.joined:
                joined = try Self.year(&p, allowNull: true)
                sawJoined = true
            case Key.status: status = try Self.choice(&p, Membership.Status.self)
            case Key.until: until = try Self.year(&p)
            case Key.remark: remark = try Self.text(&p)
            case Key.uncertain: uncertain = try self.uncertainty(&p)
            case Key.suspendedFrom: from = try Self.year(&p)
            case Key.suspendedUntil: resumed = try Self.year(&p)
            default: return false
            }
            return true
        }
        guard let framework, sawJoined, let status else { throw Self.giveUp }
        if let joined, let until, until < joined { throw Self.giveUp }
        var log = ProblemLog()
        let here = { FieldPath(record: "", field: "") }
        DataSetDecoder.check(joined, within: uncertain, file: "", at: here(), &log)
        DataSetDecoder.checkSuspension(status: status, from: from, until: resumed, joined: joined, ended: until, file: "", at: here, &log)
        guard log.problems.isEmpty else { throw Self.giveUp }
        refer([framework], to: .framework)
        return Membership(framework: framework, joined: joined, status: status, until: until, remark: remark, uncertain: uncertain,
                          suspendedFrom: from, suspendedUntil: resumed)
    }

    /// `"uncertain": {"from": 2004, "to": 2005, "note": "...", "sources": [...]}`.
    mutating func uncertainty(_ p: inout JSONParser) throws(JSONSyntaxError) -> Uncertainty {
        var from: Int?, to: Int?, note: String?, sources: [String]?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.from: from = try Self.year(&p)
            case Key.to: to = try Self.year(&p)
            case Key.note: note = try Self.text(&p)
            case Key.sources: sources = try self.sources(&p)
            default: return false
            }
            return true
        }
        guard let from, let to, from < to, let note, let sources else { throw Self.giveUp }
        return Uncertainty(from: from, to: to, note: note, sources: sources)
    }

    mutating func milestone(_ p: inout JSONParser) throws(JSONSyntaxError) {
        var common = Common(), date: PartialDate?, title: String?, summary: String?, countries: [String] = [], frameworks: [String] = []
        var areas: [String] = [], sources: [String]?, uncertain: Uncertainty?
        try Self.fields(&p) { (p: inout JSONParser, key: KeyPrint) throws(JSONSyntaxError) in
            switch key {
            case Key.date:
                guard let parsed = PartialDate(try Self.text(&p)) else { throw Self.giveUp }
                date = parsed
            case Key.title: title = try Self.text(&p)
            case Key.summary: summary = try Self.text(&p)
            case Key.countries: countries = try self.ids(&p, .country)
            case Key.frameworks: frameworks = try self.ids(&p, .framework)
            case Key.areas: areas = try self.ids(&p, .area)
            case Key.sources: sources = try self.sources(&p)
            case Key.uncertain: uncertain = try self.uncertainty(&p)
            default: return try common.read(key, &p, &self)
            }
            return true
        }
        guard let date, let title, let summary, let sources else { throw Self.giveUp }
        var log = ProblemLog()
        DataSetDecoder.check(date.year, within: uncertain, file: "", at: FieldPath(record: "", field: ""), &log)
        guard log.problems.isEmpty else { throw Self.giveUp }
        if countries.isEmpty && frameworks.isEmpty && areas.isEmpty && common.links.isEmpty { throw Self.giveUp }
        let record = try common.finish(.milestone, &self)
        dataSet.milestones.append(Milestone(common: record, date: date, title: title, summary: summary, countries: countries,
                                            frameworks: frameworks, areas: areas, sources: sources, uncertain: uncertain))
    }
}
