// As-of queries over a catalog: who was an Ally, who a member, what existed at the end of a year.

extension Catalog {
    /// The history rules for this catalog's data. Cheap: one pass over the dates.
    public var history: History { History(data) }

    /// Country indexes of the Allies at the end of `year`, in data order.
    public func allies(asOf year: Int, _ h: History) -> [Int] {
        data.countries.indices.filter { h.isAlly(data.countries[$0], asOf: year) }
    }

    /// Members of a framework at the end of `year` with their membership, in data order,
    /// including those that possibly were (`History.membershipPossible`): callers that state
    /// counts or names tell the two apart.
    public func members(ofFramework index: Int, asOf year: Int, _ h: History) -> [(country: Int, membership: Membership)] {
        members(ofFramework: index).filter { h.membershipShown($0.membership, asOf: year) }
    }

    /// Framework indexes that existed at the end of `year`.
    public func frameworks(asOf year: Int, _ h: History) -> [Int] {
        data.frameworks.indices.filter { h.frameworkExisted(data.frameworks[$0].common.id, asOf: year) }
    }

    /// Milestone indexes (in date order) that had happened by the end of `year`, and those
    /// whose disputed date may fall by then: leaving them out would claim they had not
    /// happened. Reports mark them (?) as disputed.
    public func milestones(asOf year: Int, _ h: History) -> [Int] {
        milestonesByDate.filter { h.happened(data.milestones[$0], asOf: year) || (data.milestones[$0].uncertain.map { $0.from <= year } ?? false) }
    }

    /// Whether a record existed at the end of `year`: countries that were Allies or partners
    /// (possibly: a disputed start counts), frameworks founded and not ended, milestones that
    /// had (or, with a disputed date, may have) happened, bodies founded or held.
    /// Areas and sources have no dates and always exist.
    public func existed(_ r: EntityRef, asOf year: Int, _ h: History) -> Bool {
        switch r.kind {
        case .country: return h.isRelated(data.countries[r.index], asOf: year)
        case .framework: return h.frameworkExisted(data.frameworks[r.index].common.id, asOf: year)
        case .milestone:
            // A milestone whose disputed date may fall by then is not shown as "not yet".
            let m = data.milestones[r.index]
            return h.happened(m, asOf: year) || (m.uncertain.map { $0.from <= year } ?? false)
        case .institution: return h.existed(data.institutions[r.index], asOf: year)
        case .exercise: return h.existed(data.exercises[r.index], asOf: year)
        case .organization: return h.existed(data.organizations[r.index], asOf: year)
        case .area, .source: return true
        }
    }
}

extension Catalog {
    /// Narrows a list to what existed at the end of `year`. With a framework, countries are
    /// its members of that year (and, with `includeFormer`, those whose membership had ended).
    /// A country kind (`ally`, `partner`) is also read as of that year: Poland is a partner as of 1998.
    public func filter(_ refs: [EntityRef], asOf year: Int, framework: String?, countryKind: String? = nil, includeFormer: Bool) -> [EntityRef] {
        let h = history
        return refs.filter { r in
            if r.kind == .country, let kind = countryKind.flatMap(Country.Kind.init(rawValue:)) {
                let ally = h.isAlly(data.countries[r.index], asOf: year)
                if (kind == .ally) != ally { return false }
            }
            guard r.kind == .country, let framework else { return existed(r, asOf: year, h) }
            guard let m = data.countries[r.index].memberships.first(where: { $0.framework == framework }) else { return false }
            if h.membershipShown(m, asOf: year) { return true }
            return includeFormer && (m.until.map { $0 <= year } ?? false)
        }
    }
}
