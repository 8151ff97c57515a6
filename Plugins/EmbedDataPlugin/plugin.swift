import Foundation
import PackagePlugin

/// Compiles the JSON files of `Resources/data` into the NatoData module as Swift string
/// literals. Embedding (rather than SwiftPM resources) keeps the built-in data set with the
/// binary when it is copied elsewhere; string literals compile in about a second where
/// SwiftPM's `embedInCode` byte arrays took minutes.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        // Resources/data holds the data set, Resources/tours the guided tours.
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        var inputs: [URL] = []
        for folder in ["data", "tours"] {
            let dir = resources.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            // Tours are Markdown lessons (docs/LESSONS.md); JSON tours still load.
            inputs += names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0) }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDataFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files from Resources/data and Resources/tours",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
