import SocraticTerminal

extension OutputChannel {
  /// The text after a prefix of `width` columns, wrapped on a terminal so that its further lines
  /// start under its first, plus a hanging indent; as it is when the channel does not wrap.
  func aligned(_ text: String, after prefix: String, width: Int, hanging: String = "") -> String {
    guard let lineWidth = self.width else { return prefix + text }
    let lines = TextWrapper.wrap(text, width: lineWidth - width, indent: hanging)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let margin = "\n" + String(repeating: " ", count: width)
    return prefix + lines.joined(separator: margin)
  }
}
