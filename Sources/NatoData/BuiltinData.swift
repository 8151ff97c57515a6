// The built-in data set, compiled into the binary from Resources/data by EmbedDataPlugin.
import NatoModel

public enum BuiltinData {
    /// The files of Resources/data, named `Resources/data/NAME.json` in messages.
    public static var files: [DataFile] {
        EmbeddedDataFiles.files.map { DataFile(name: "Resources/data/" + $0.name, bytes: Array($0.text.utf8)) }
    }

    /// Loads and validates the built-in data set.
    public static func load() -> Result<Catalog, DataProblems> {
        DataLoader.load(files)
    }
}
