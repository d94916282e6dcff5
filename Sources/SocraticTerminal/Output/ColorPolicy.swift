/// Decides whether output may be coloured.
public enum ColorPolicy {
  /// Colour is used only on a terminal, and only when neither `NO_COLOR` (set and non-empty,
  /// see no-color.org), `TERM=dumb` nor `--no-color` asks for plain text.
  public static func allowsColor(
    isTerminal: Bool,
    environment: [String: String],
    noColorFlag: Bool
  ) -> Bool {
    guard isTerminal, !noColorFlag else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }
}
