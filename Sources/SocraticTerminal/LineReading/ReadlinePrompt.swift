/// Prepares a prompt for readline, which must be told which of its characters take no room on
/// the screen.
enum ReadlinePrompt {
  /// readline's markers around characters that take no room on the screen
  /// (`RL_PROMPT_START_IGNORE` and `RL_PROMPT_END_IGNORE`).
  static let startInvisible: Unicode.Scalar = "\u{01}"
  static let endInvisible: Unicode.Scalar = "\u{02}"

  /// The prompt with every escape sequence wrapped in `\001 … \002`, so readline counts only the
  /// visible characters and keeps the cursor where the text is while the line is edited.
  ///
  /// Handles CSI sequences (colours: `ESC [ … m`), OSC strings (`ESC ] … BEL` or `ESC \`) and
  /// two-character escapes. Parts a caller already marked are kept as they are.
  static func marked(_ prompt: String) -> String {
    var output = String.UnicodeScalarView()
    var scalars = prompt.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case startInvisible:
        output.append(scalar)
        while let inside = scalars.next() {
          output.append(inside)
          if inside == endInvisible { break }
        }
      case "\u{1B}":
        output.append(startInvisible)
        output.append(scalar)
        copyEscapeSequence(from: &scalars, to: &output)
        output.append(endInvisible)
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Copies the rest of an escape sequence whose ESC was just copied.
  private static func copyEscapeSequence(
    from scalars: inout String.UnicodeScalarView.Iterator,
    to output: inout String.UnicodeScalarView
  ) {
    guard let kind = scalars.next() else { return }
    output.append(kind)
    switch kind {
    case "[":
      // Parameter and intermediate bytes, then one final byte.
      while let scalar = scalars.next() {
        output.append(scalar)
        if !(0x20...0x3F).contains(scalar.value) { return }
      }
    case "]":
      // An operating-system command, ended by BEL or by ST (`ESC \`).
      while let scalar = scalars.next() {
        output.append(scalar)
        if scalar == "\u{07}" { return }
        if scalar == "\u{1B}" {
          if let terminator = scalars.next() { output.append(terminator) }
          return
        }
      }
    default:
      return
    }
  }
}
