import ArgumentParser
import Foundation

/// `socratic --data-dir DIR sessions list`, `socratic --seed 3 drill`, `socratic --stdin
/// critique`: options written before the subcommand's name. ArgumentParser reads options
/// before a subcommand as the root command's own and then rejects the name, so they are moved
/// to just after the names of the subcommands ("sessions list --data-dir DIR"), where the
/// subcommand reads them or says plainly that it takes no such option.
enum GlobalOptionsFirst {
  /// `arguments` with the options that lead them moved after the subcommand names that
  /// follow; unchanged when no subcommand name follows them (`socratic --data-dir DIR` explores)
  /// or when they are not what leads.
  /// - Parameter root: the command whose subcommands are looked for, level by level.
  static func reordered(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
    guard let first = arguments.first, first.hasPrefix("-"), first != "-" else { return arguments }
    let valued = valuedOptions(of: root)
    var leading: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      let argument = arguments[index]
      if valued.contains(argument), index + 1 < arguments.endIndex {
        leading += arguments[index...index + 1]
        index += 2
      } else {
        leading.append(argument)
        index += 1
      }
    }
    var names: [String] = []
    var level = root
    while index < arguments.endIndex,
      let next = level.configuration.subcommands.first(where: { name(of: $0) == arguments[index] })
    {
      level = next
      names.append(arguments[index])
      index += 1
    }
    guard !leading.isEmpty, !names.isEmpty else { return arguments }
    return names + leading + arguments[index...]
  }

  /// Every spelling of every option, in `root` or any subcommand below it, that takes a value
  /// ("--seed", "-o"); any other option written first is a flag. Read from ArgumentParser's
  /// own description of the commands, so a new option is known here without being listed.
  static func valuedOptions(of root: any ParsableCommand.Type) -> Set<String> {
    guard
      let tool = try? JSONDecoder().decode(
        ToolDescription.self, from: Data(root._dumpHelp().utf8))
    else { return [] }
    return tool.command.valuedOptions
  }

  /// The name a subcommand is typed by.
  private static func name(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? command._commandName
  }
}

/// The part of ArgumentParser's `--experimental-dump-help` description that says which
/// options take a value.
private struct ToolDescription: Decodable {
  struct Command: Decodable {
    var arguments: [Argument]?
    var subcommands: [Command]?

    var valuedOptions: Set<String> {
      let own = (arguments ?? []).filter { $0.kind == "option" }.flatMap { $0.spellings }
      return (subcommands ?? []).reduce(Set(own)) { $0.union($1.valuedOptions) }
    }
  }

  struct Argument: Decodable {
    var kind: String
    var names: [Name]?

    var spellings: [String] { (names ?? []).map { $0.spelling } }
  }

  struct Name: Decodable {
    var kind: String
    var name: String

    /// "--seed" for a long name, "-o" for a short one or a long one written with one dash.
    var spelling: String { (kind == "long" ? "--" : "-") + name }
  }

  var command: Command
}
