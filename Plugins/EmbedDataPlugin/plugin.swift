import Foundation
import PackagePlugin

/// Compiles the JSON files of `Resources/data` into the NatoData module as Swift string
/// literals. Embedding (rather than SwiftPM resources) keeps the built-in data set with the
/// binary when it is copied elsewhere; string literals compile in about a second where
/// SwiftPM's `embedInCode` byte arrays took minutes.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let dataDir = context.package.directoryURL
            .appendingPathComponent("Resources")
            .appendingPathComponent("data")
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDir.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        let inputs = names.map { dataDir.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDataFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) data files from Resources/data",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
