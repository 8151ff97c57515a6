// The built-in data set, compiled into the binary from Resources/data by EmbedDataPlugin.
import NatoModel

public enum BuiltinData {
    /// The files of Resources/data, named `Resources/data/NAME.json` in messages.
    public static var files: [DataFile] { embedded(in: "data") }

    /// The built-in guided tours (Resources/tours), Markdown lessons named `Resources/tours/NAME.md`.
    public static var tourFiles: [DataFile] { embedded(in: "tours") }

    static func embedded(in folder: String) -> [DataFile] {
        EmbeddedDataFiles.files.filter { $0.name.hasPrefix(folder + "/") }
            .map { DataFile(name: "Resources/" + $0.name, bytes: Array($0.text.utf8)) }
    }

    /// The day the built-in data set was last checked (Resources/data/dataset.json), read
    /// from that one small file so that `--version` does not load the whole data set.
    public static var checked: PartialDate? {
        DataSetInfo.checked(in: EmbeddedDataFiles.files.filter { $0.name == "data/dataset.json" }
            .map { DataFile(name: "Resources/" + $0.name, bytes: Array($0.text.utf8)) })
    }

    /// Loads and validates the built-in data set.
    public static func load() -> Result<Catalog, DataProblems> {
        DataLoader.load(files)
    }
}
