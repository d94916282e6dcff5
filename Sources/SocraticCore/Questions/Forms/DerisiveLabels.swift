/// Labels that sneer at a group or a thing ("crypto bros", "tree huggers", "gas guzzler"),
/// each with the plain words a rewrite puts in its place. A question that uses one leads: it
/// tells the person what to think of whom it is about. A new label is one entry.
enum DerisiveLabels {
  /// Each label, as lowercase words, with its plain replacement.
  static let replacements: [(label: [String], plain: String)] = [
    ("crypto bros", "crypto investors"), ("crypto bro", "crypto investor"),
    ("tech bros", "tech founders"), ("tech bro", "tech founder"),
    ("finance bros", "people in finance"), ("tree huggers", "environmentalists"),
    ("tree hugger", "environmentalist"), ("gas guzzlers", "cars"), ("gas guzzler", "car"),
    ("snowflakes", "young people"), ("keyboard warriors", "people online"),
    ("climate alarmists", "climate campaigners"), ("libtards", "liberals"),
    ("feminazis", "feminists"), ("woke mob", "progressives"), ("shills", "supporters"),
    ("lamestream media", "mainstream media"), ("nanny state", "government"),
    ("'s lies", "'s claims"), ("their lies", "their claims"),
  ].map { (label: $0.0.split(separator: " ").map(String.init), plain: $0.1) }

  /// The label starting at an index of the words, with its length, or nil.
  static func label(in words: [String], at index: Int) -> (length: Int, plain: String)? {
    guard let entries = byFirstWord[words[index]] else { return nil }
    for entry in entries where words[index...].starts(with: entry.label) {
      return (entry.label.count, entry.plain)
    }
    return nil
  }

  /// The first label in the words: where it starts and how many words it has.
  static func firstLabel(in words: [String]) -> Range<Int>? {
    for index in words.indices {
      if let found = label(in: words, at: index) { return index..<(index + found.length) }
    }
    return nil
  }

  private static let byFirstWord: [String: [(label: [String], plain: String)]] = Dictionary(
    grouping: replacements, by: { $0.label[0] })
}
