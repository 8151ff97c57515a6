import Foundation
import PackagePlugin

/// Validates the JSON files of `Resources/data` and `Resources/tours` at build time (invalid
/// built-in data fails the build with the validator's messages) and compiles them into the
/// NatoData module twice: as text (for the JSON path) and as a pre-decoded image that start-up
/// reads without parsing JSON. Both are string literals: embedding (rather than SwiftPM
/// resources) keeps the data with a copied binary, and string literals compile in about a
/// second where SwiftPM's `embedInCode` byte arrays took minutes.
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
        let files = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDataFiles.swift")
        let image = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedImage.swift")
        return [
            .buildCommand(
                displayName: "Validating and embedding \(inputs.count) files from Resources/data and Resources/tours",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [files.path, image.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [files, image]
            )
        ]
    }
}
