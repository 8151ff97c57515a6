// How each entity of the data set is coded in the image the build embeds.
//
// ADDING A FIELD to an entity (Entities.swift, DataSet.swift, Tour.swift): add it here, in
// that type's extension, in two spots side by side: `blank` (any placeholder value) and
// `pack` (one `coder.code(&field)` line, anywhere in the list; reading and writing share the
// list, so they stay in step). Nothing else changes: the build tool re-encodes the data.
// Tests/NatoModelTests/DataSetImageTests.swift fails until this is done: it counts the fields
// each `pack` codes against the type's stored properties, and round-trips the built-in data
// and a fixture (decode(encode(x)) == x).

extension DataSet: Packable {
    public static var blank: DataSet { DataSet() }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&sources)
        coder.code(&frameworks)
        coder.code(&countries)
        coder.code(&areas)
        coder.code(&milestones)
        coder.code(&institutions)
        coder.code(&exercises)
        coder.code(&organizations)
        coder.code(&checked)
    }
}

extension RecordCommon: Packable {
    public static var blank: RecordCommon { RecordCommon(id: "") }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&id)
        coder.code(&notes)
        coder.code(&links)
    }
}

extension Note: Packable {
    public static var blank: Note { Note(kind: .blank, claimedBy: [], claim: "", correction: "", sources: []) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&kind)
        coder.code(&claimedBy)
        coder.code(&claim)
        coder.code(&correction)
        coder.code(&sources)
    }
}

extension Section: Packable {
    public static var blank: Section { Section(title: "") }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&title)
        coder.code(&paragraphs)
        coder.code(&bullets)
    }
}

extension Source: Packable {
    public static var blank: Source { Source(common: .blank, title: "", kind: .blank, url: nil, publisher: nil, file: nil) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&title)
        coder.code(&kind)
        coder.code(&url)
        coder.code(&publisher)
        coder.code(&file)
    }
}

extension Framework: Packable {
    public static var blank: Framework {
        Framework(common: .blank, name: "", abbreviation: nil, kind: "", founded: 0, ended: nil, region: "", purpose: "",
                  summary: "", areas: [], sections: [], sources: [])
    }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&name)
        coder.code(&abbreviation)
        coder.code(&kind)
        coder.code(&founded)
        coder.code(&ended)
        coder.code(&region)
        coder.code(&purpose)
        coder.code(&summary)
        coder.code(&areas)
        coder.code(&sections)
        coder.code(&sources)
        coder.code(&membersComplete)
        coder.code(&alliesExcluded)
    }
}

extension Uncertainty: Packable {
    public static var blank: Uncertainty { Uncertainty(from: 0, to: 0, note: "", sources: []) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&from)
        coder.code(&to)
        coder.code(&note)
        coder.code(&sources)
    }
}

extension Membership: Packable {
    public static var blank: Membership { Membership(framework: "", joined: nil, status: .blank, until: nil, remark: nil) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&framework)
        coder.code(&joined)
        coder.code(&status)
        coder.code(&until)
        coder.code(&remark)
        coder.code(&uncertain)
        coder.code(&suspendedFrom)
        coder.code(&suspendedUntil)
    }
}

extension Country: Packable {
    public static var blank: Country {
        Country(common: .blank, name: "", iso: nil, kind: .blank, region: "", accession: nil, memberships: [], areas: [], summary: "",
                sections: [], sources: [])
    }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&name)
        coder.code(&iso)
        coder.code(&kind)
        coder.code(&region)
        coder.code(&accession)
        coder.code(&memberships)
        coder.code(&areas)
        coder.code(&summary)
        coder.code(&sections)
        coder.code(&sources)
    }
}

extension Area: Packable {
    public static var blank: Area { Area(common: .blank, name: "", summary: "", sections: [], sources: []) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&name)
        coder.code(&summary)
        coder.code(&sections)
        coder.code(&sources)
    }
}

extension PartialDate: Packable {
    public static var blank: PartialDate { PartialDate(year: 0) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&year)
        coder.code(&month)
        coder.code(&day)
    }
}

extension Milestone: Packable {
    public static var blank: Milestone {
        Milestone(common: .blank, date: .blank, title: "", summary: "", countries: [], frameworks: [], areas: [], sources: [])
    }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&date)
        coder.code(&title)
        coder.code(&summary)
        coder.code(&countries)
        coder.code(&frameworks)
        coder.code(&areas)
        coder.code(&sources)
        coder.code(&uncertain)
    }
}

extension Body: Packable {
    public static var blank: Body {
        Body(common: .blank, name: "", abbreviation: nil, founded: nil, ended: nil, years: [], summary: "", sections: [], sources: [])
    }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&common)
        coder.code(&name)
        coder.code(&abbreviation)
        coder.code(&founded)
        coder.code(&ended)
        coder.code(&years)
        coder.code(&summary)
        coder.code(&sections)
        coder.code(&sources)
    }
}

extension TourStep: Packable {
    public static var blank: TourStep { TourStep(caption: "") }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&entity)
        coder.code(&span)
        coder.code(&focus)
        coder.code(&filter)
        coder.code(&caption)
        coder.code(&notes)
        coder.code(&title)
        coder.code(&year)
        coder.code(&map)
    }
}

extension Tour: Packable {
    public static var blank: Tour { Tour(name: "", title: "", description: "", steps: []) }
    public mutating func pack<C: PackCoder>(_ coder: inout C) {
        coder.code(&name)
        coder.code(&title)
        coder.code(&description)
        coder.code(&steps)
        // Seconds as whole milliseconds: the image codes integers only.
        var milliseconds = interval.map { Int(($0 * 1000).rounded()) }
        coder.code(&milliseconds)
        interval = milliseconds.map { Double($0) / 1000 }
    }
}
