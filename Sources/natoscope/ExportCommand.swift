import ArgumentParser
import NatoClassroom
import NatoModel
import NatoOutput

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, csv
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the data set as JSON, a Markdown handout, or CSV lists for spreadsheets.",
        discussion: """
            json: the whole data set in the documented file format (docs/DATA.md); it loads again with --data, \
            and exporting that gives the same bytes.
            markdown [ID]: a handout of one record (any id), or of the whole data set without an id.
            csv countries|milestones: one row per country or milestone (RFC 4180, UTF-8).
            Examples: natoscope export --format markdown israel > israel.md; natoscope export --format csv countries > countries.csv
            """
    )

    @Option(help: "Export format: json, markdown or csv.") var format: ExportFormat = .json

    @Argument(help: ArgumentHelp("markdown: a record's id (default: the whole data set); csv: countries or milestones.", valueName: "what"))
    var what: String?

    @Option(help: ArgumentHelp("Write to FILE instead of standard output. The file is replaced whole or not at all: a temporary file in the same folder is written, synced and renamed.", valueName: "file"),
            completion: .file())
    var output: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        switch format {
        case .json:
            if let what { throw ValidationError("--format json exports the whole data set; unexpected argument '\(what)'") }
        case .csv:
            guard let what else { throw ValidationError("--format csv needs a list: \(Handout.CSVList.allCases.map(\.rawValue).joined(separator: " or "))") }
            if Handout.CSVList(rawValue: what) == nil {
                throw ValidationError("no CSV list '\(what)'; expected one of: \(Handout.CSVList.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        case .markdown:
            break
        }
        if output?.isEmpty == true { throw ValidationError("--output needs a file name") }
    }

    func run() throws {
        let catalog = try dataOptions.catalog()
        let text: String
        switch format {
        case .json:
            text = catalog.data.exportJSON()
        case .csv:
            guard let list = what.flatMap(Handout.CSVList.init(rawValue:)) else { throw ExitCode(64) }
            text = Handout.csv(list, catalog: catalog)
        case .markdown:
            if let id = what {
                guard let ref = catalog.ref(for: id) ?? catalog.ref(for: id.lowercased()) else {
                    var message = "natoscope: no entity '\(id)'"
                    if let near = Suggest.nearest(to: id, among: catalog.allIDs) { message += "; did you mean '\(near)'?" }
                    Console.error(message)
                    throw ExitCode(1)
                }
                text = Handout.markdown(ref, catalog: catalog)
            } else {
                text = Handout.markdown(catalog: catalog)
            }
        }
        guard let output else {
            Console.write(text)
            return
        }
        do {
            try OutputWriter.writeAtomically(text, toFile: output)
        } catch {
            Console.error("natoscope: \(error)")
            throw ExitCode(Console.writeFailed)
        }
    }
}
