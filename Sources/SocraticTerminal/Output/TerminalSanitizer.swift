/// Makes text typed by a person, or read from a file, safe to show on a terminal.
///
/// Removes escape sequences (CSI, OSC, DCS and the rest, in their 7-bit and 8-bit forms),
/// control characters and the bidirectional overrides that can make text display in a different
/// order than it is stored. Tabs become a space. Line breaks are kept unless asked otherwise.
/// The text stored and logged is never changed; only what is shown passes through here.
public enum TerminalSanitizer {
  /// Returns the text with nothing left in it that a terminal would interpret.
  /// - Parameter keepingLineBreaks: keep `\n` (multi-line answers); when false they become
  ///   spaces, for one-line displays such as lists.
  public static func sanitize(_ text: String, keepingLineBreaks: Bool = true) -> String {
    var output = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        skipEscapeSequence(after: &scalars)
      case 0x9B:
        skipControlSequence(&scalars)
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        skipControlString(&scalars)
      case 0x0A:
        output.append(keepingLineBreaks ? scalar : " ")
      case 0x09:
        output.append(" ")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Skips what follows an ESC: a CSI or string sequence, or the one character of a short
  /// sequence such as `ESC c`.
  private static func skipEscapeSequence(after scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[": skipControlSequence(&scalars)
    case "]", "P", "X", "^", "_": skipControlString(&scalars)
    // nF sequences (ESC, intermediates 0x20-0x2F, then a final byte), e.g. `ESC ( B`.
    case "\u{20}"..."\u{2F}":
      while let scalar = scalars.next(), (0x20...0x2F).contains(scalar.value) {}
    default: return
    }
  }

  /// Skips a CSI sequence's parameter and intermediate bytes and its final byte.
  private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return }
      // Anything outside the CSI grammar ends it: do not swallow the rest of the text.
      if !(0x20...0x3F).contains(scalar.value) { return }
    }
  }

  /// Skips an OSC, DCS, SOS, PM or APC string up to its terminator (BEL, ST or ESC \).
  private static func skipControlString(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x07, 0x9C: return
      case 0x1B:
        _ = scalars.next()
        return
      default: continue
      }
    }
  }
}
