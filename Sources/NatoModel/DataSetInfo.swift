// Facts about a data set as a whole, as opposed to its records: the top-level
// `"dataset": {"checked": "YYYY-MM-DD"}` object, given in at most one file.

public enum DataSetInfo {
    /// The top-level key of the object.
    public static let key = "dataset"

    /// The `checked` date of a data set's files without decoding their records: for
    /// `--version`, which must not pay for loading the whole data set. nil when no file
    /// has a valid one.
    public static func checked(in files: [DataFile]) -> PartialDate? {
        for file in files {
            var found: PartialDate?
            try? JSONParser.stream(file.bytes) { event in
                guard case .member(let key, let value) = event, key == Self.key, case .object(let members) = value,
                      let checked = members.first(where: { $0.key == "checked" })?.value, case .string(let text) = checked,
                      let date = PartialDate(text), date.day != nil else { return }
                found = date
            }
            if let found { return found }
        }
        return nil
    }
}
