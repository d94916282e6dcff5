/// Blocks of Markdown separated by blank lines.
struct MarkdownDocument {
  private(set) var text = ""
  private var isInList = false

  /// Markdown the exporter made, as its own block.
  mutating func raw(_ block: String) {
    if !text.isEmpty { text += "\n" }
    text += block + "\n"
    isInList = false
  }

  /// A heading of `level` hashes; the title is already escaped.
  mutating func heading(_ level: Int, _ escapedTitle: String) {
    raw(String(repeating: "#", count: level) + " " + escapedTitle)
  }

  /// A paragraph of Markdown the exporter made.
  mutating func paragraph(_ markdown: String) {
    raw(markdown)
  }

  /// A bold label and a person's text, as a paragraph; nothing when the text is nil.
  mutating func labelled(_ label: String, _ text: String?) {
    guard let text else { return }
    raw("**\(label)** " + MarkdownText.escaped(text))
  }

  /// A list item; consecutive items make one tight list.
  mutating func bullet(_ markdown: String) {
    if isInList {
      text += "- " + markdown + "\n"
    } else {
      raw("- " + markdown)
    }
    isInList = true
  }
}
