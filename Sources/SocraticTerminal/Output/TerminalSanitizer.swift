import SocraticCore

/// Makes text typed by a person, or read from a file, safe to show on a terminal.
///
/// Removes escape sequences (CSI, OSC, DCS and the rest, in their 7-bit and 8-bit forms),
/// control characters and the bidirectional overrides that can make text display in a different
/// order than it is stored (the grammar is `ControlSequence`'s). Tabs become a space. Line
/// breaks are kept unless asked otherwise. The text stored and logged is never changed; only
/// what is shown passes through here.
public enum TerminalSanitizer {
  /// Returns the text with nothing left in it that a terminal would interpret.
  /// - Parameter keepingLineBreaks: keep `\n` (multi-line answers); when false they become
  ///   spaces, for one-line displays such as lists.
  public static func sanitize(_ text: String, keepingLineBreaks: Bool = true) -> String {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let end = ControlSequence.end(in: scalars, at: index) {
        index = end
        continue
      }
      let scalar = scalars[index]
      switch scalar {
      case "\n": output.append(keepingLineBreaks ? scalar : " ")
      case "\t": output.append(" ")
      case "\r": break
      default: output.append(scalar)
      }
      index += 1
    }
    return String(output)
  }
}
