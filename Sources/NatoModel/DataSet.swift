// All records of a data set, as read from its files, in file order.

public struct DataSet: Sendable, Equatable {
    public var sources: [Source] = []
    public var frameworks: [Framework] = []
    public var countries: [Country] = []
    public var areas: [Area] = []
    public var milestones: [Milestone] = []
    public var institutions: [Body] = []
    public var exercises: [Body] = []
    public var organizations: [Body] = []
    /// The day the data set was last checked against the public record (`dataset.checked`).
    public var checked: PartialDate?

    public init() {}

    public func count(of kind: EntityKind) -> Int {
        switch kind {
        case .source: return sources.count
        case .framework: return frameworks.count
        case .country: return countries.count
        case .area: return areas.count
        case .milestone: return milestones.count
        case .institution: return institutions.count
        case .exercise: return exercises.count
        case .organization: return organizations.count
        }
    }

    /// The shared part (id, notes, links) of record `index` of `kind`.
    public func common(_ kind: EntityKind, _ index: Int) -> RecordCommon {
        switch kind {
        case .source: return sources[index].common
        case .framework: return frameworks[index].common
        case .country: return countries[index].common
        case .area: return areas[index].common
        case .milestone: return milestones[index].common
        case .institution: return institutions[index].common
        case .exercise: return exercises[index].common
        case .organization: return organizations[index].common
        }
    }
}
