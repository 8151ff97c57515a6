// The rules for a membership's suspension years (suspendedFrom, suspendedUntil), kept apart
// from the decoder's walk over the records.

extension DataSetDecoder {
    /// A suspended membership says since when; a past suspension says from when to when; both
    /// lie within the membership's own years.
    static func checkSuspension(status: Membership.Status?, from: Int?, until resumed: Int?, joined: Int?, ended: Int?,
                                        file: String, at path: () -> FieldPath, _ log: inout ProblemLog) {
        switch status {
        case .suspended?:
            if from == nil { log.add(file, path().appending("suspendedFrom").description, "missing required field (expected the year the suspension began)") }
            if resumed != nil { log.add(file, path().appending("suspendedUntil").description, "a suspended membership has not resumed: drop suspendedUntil or set status to active") }
        case .active?:
            if (from == nil) != (resumed == nil) {
                log.add(file, path().appending(from == nil ? "suspendedUntil" : "suspendedFrom").description,
                        "an active membership gives both suspendedFrom and suspendedUntil (a past suspension) or neither")
            }
        case nil:
            break
        }
        if let from, let resumed, resumed < from {
            log.add(file, path().appending("suspendedUntil").description, "the suspension ends (\(resumed)) before it began (\(from))")
        }
        if let from, let joined, from < joined {
            log.add(file, path().appending("suspendedFrom").description, "the suspension (\(from)) begins before the membership (\(joined))")
        }
        if let from, let ended, from > ended {
            log.add(file, path().appending("suspendedFrom").description, "the suspension (\(from)) begins after the membership ended (\(ended))")
        }
    }
}
