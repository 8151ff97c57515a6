// The built-in data set, compiled into the binary from Resources/data by EmbedDataPlugin:
// validated and decoded at build time into an image that start-up reads in well under a
// millisecond, plus the JSON text itself for the JSON path (tests, benchmarks, and checking
// the built-in tours against another data set).
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

    /// The build-time image, read once (in place: the literal's bytes are not copied).
    /// nil only if the image does not match this build, which `load` survives by parsing JSON.
    public static let image: DataSetImage? = decodeImage()

    /// Decodes the embedded image afresh (what start-up does once; benchmarks time it).
    public static func decodeImage() -> DataSetImage? {
        var text = EmbeddedImage.text
        return text.withUTF8 { DataSetImage.decode($0) }
    }

    /// The built-in data set, validated when the program was built.
    public static func load() -> Result<Catalog, DataProblems> {
        if let image { return .success(image.catalog()) }
        return loadJSON()
    }

    /// Parses and validates the built-in data set's JSON, as `--data` would.
    public static func loadJSON() -> Result<Catalog, DataProblems> {
        DataLoader.load(files)
    }

    /// The built-in tours, checked against the built-in data set when the program was built.
    public static func tours() -> Result<[Tour], DataProblems> {
        if let image { return .success(image.tours) }
        switch loadJSON() {
        case .success(let catalog): return TourLoader.load(tourFiles, catalog: catalog)
        case .failure(let problems): return .failure(problems)
        }
    }
}
