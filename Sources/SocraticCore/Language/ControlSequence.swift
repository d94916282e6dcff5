/// Terminal control sequences and control characters inside text: never words, never shown.
///
/// Text typed at a terminal or pasted into it can carry escape sequences (colours, titles,
/// cursor moves), other control characters and bidirectional overrides. They are kept as typed
/// in what is logged, but they are no part of the language: the tokenizer skips them whole, and
/// the terminal layer strips them before showing text.
public enum ControlSequence {
  /// Where the control sequence or character that starts at `index` ends, or nil when the
  /// scalar there is ordinary text (tab, line feed and carriage return are whitespace, not
  /// controls).
  ///
  /// Covers CSI, OSC, DCS, SOS, PM and APC sequences in their 7-bit (ESC-prefixed) and 8-bit
  /// forms, nF sequences such as `ESC ( B`, two-character sequences such as `ESC c`, lone C0
  /// and C1 controls, DEL, and the bidirectional embedding, override and isolate controls.
  public static func end(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
    switch scalars[index].value {
    case 0x1B:
      return endOfEscape(in: scalars, after: index + 1)
    case 0x9B:
      return endOfControlSequence(in: scalars, from: index + 1)
    case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
      return endOfControlString(in: scalars, from: index + 1)
    case 0x09, 0x0A, 0x0D:
      return nil
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
      return index + 1
    default:
      return nil
    }
  }

  /// The text without its control sequences and control characters; whitespace is kept.
  public static func removed(from text: String) -> String {
    // Most text has none: it is returned as it is, without copying it scalar by scalar.
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let end = end(in: scalars, at: index) {
        index = end
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    return String(output)
  }

  /// Whether the scalar is a control character or starts a control sequence.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// What follows an ESC: a CSI or string sequence, an nF sequence, or one more character.
  private static func endOfEscape(in scalars: [Unicode.Scalar], after index: Int) -> Int {
    guard index < scalars.count else { return index }
    switch scalars[index] {
    case "[": return endOfControlSequence(in: scalars, from: index + 1)
    case "]", "P", "X", "^", "_": return endOfControlString(in: scalars, from: index + 1)
    case "\u{20}"..."\u{2F}":
      var end = index + 1
      while end < scalars.count, (0x20...0x2F).contains(scalars[end].value) { end += 1 }
      // The final byte belongs to the sequence.
      return min(end + 1, scalars.count)
    default: return index + 1
    }
  }

  /// A CSI sequence's parameter and intermediate bytes and its final byte. Anything outside the
  /// CSI grammar ends it, so a broken sequence cannot swallow the rest of the text.
  private static func endOfControlSequence(in scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count {
      let value = scalars[end].value
      if (0x40...0x7E).contains(value) { return end + 1 }
      guard (0x20...0x3F).contains(value) else { return end }
      end += 1
    }
    return end
  }

  /// An OSC, DCS, SOS, PM or APC string up to and including its terminator (BEL, ST or ESC \).
  private static func endOfControlString(in scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count {
      switch scalars[end].value {
      case 0x07, 0x9C: return end + 1
      case 0x1B: return min(end + 2, scalars.count)
      default: end += 1
      }
    }
    return end
  }
}
