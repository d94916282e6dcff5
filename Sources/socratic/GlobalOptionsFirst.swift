import ArgumentParser

/// `socratic --data-dir DIR sessions list`, `socratic --seed 3 drill`, `socratic --stdin
/// critique`: options written before the subcommand's name. ArgumentParser reads options
/// before a subcommand as the root command's own and then rejects the name, so they are moved
/// to just after the names of the subcommands ("sessions list --data-dir DIR"), where the
/// subcommand reads them or says plainly that it takes no such option.
enum GlobalOptionsFirst {
  /// The options of any subcommand that take a value; any other option written first is a flag.
  static let valued: Set<String> = [
    "--data-dir", "--seed", "--topic", "--resume", "--belief", "--pack", "--after", "--format",
    "--output", "-o",
  ]

  /// `arguments` with the options that lead them moved after the subcommand names that
  /// follow; unchanged when no subcommand name follows them (`socratic --data-dir DIR` explores)
  /// or when they are not what leads.
  /// - Parameter root: the command whose subcommands are looked for, level by level.
  static func reordered(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
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

  /// The name a subcommand is typed by.
  private static func name(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? command._commandName
  }
}
