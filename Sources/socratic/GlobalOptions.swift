import ArgumentParser

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder for session logs (default: $SOCRATIC_DATA_DIR, else ~/.local/share/socratic).",
      valueName: "dir"))
  var dataDirectory: String?

  @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR does the same).")
  var noColor = false
}
