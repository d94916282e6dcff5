import Foundation
import PackagePlugin

/// Embeds the built-in topic packs (prompts/*.yaml) into the target it is applied to, as the
/// generated `BuiltInPackFiles` enum, so the packs ship inside the binary.
@main
struct EmbedBuiltInPacks: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let prompts = context.package.directoryURL.appending(path: "prompts")
    let packFiles = try FileManager.default
      .contentsOfDirectory(at: prompts, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "yaml" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInPackFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(packFiles.count) built-in topic packs",
        executable: try context.tool(named: "pack-embedder").url,
        arguments: [output.path] + packFiles.map(\.path),
        inputFiles: packFiles,
        outputFiles: [output]
      )
    ]
  }
}
