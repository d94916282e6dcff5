/// The YAML shapes a pack is built of, checked before their contents: mappings with known
/// keys, lists, and scalars that are text, with no tags.
extension PackValidator {
  /// The values of a mapping's known keys. Mappings in a pack have a handful of keys, so a
  /// linear search beats hashing, which matters with tens of thousands of questions.
  struct Fields {
    let keys: [String]
    var values: [Int?]

    subscript(key: String) -> Int? {
      keys.firstIndex(of: key).flatMap { values[$0] }
    }
  }

  /// A mapping's values by key, after reporting keys that are unknown, repeated or not words.
  mutating func mapping(_ node: Int, keys: [String], what: String) -> Fields? {
    guard document.kind(of: node) == .mapping else {
      report(
        node,
        "\(what) must be a mapping of keys to values (\(keys.joined(separator: ", "))), "
          + "not \(describe(node))")
      return nil
    }
    checkTag(node)
    var fields = Fields(keys: keys, values: Array(repeating: nil, count: keys.count))
    var firstKeys: [Int?] = Array(repeating: nil, count: keys.count)
    for (key, value) in document.pairs(node) {
      if isFull {
        hasMoreProblems = true
        break
      }
      guard document.kind(of: key) == .scalar, !document.isNull(key) else {
        report(key, "a key must be a word, like '\(keys[0])', not \(describe(key))")
        continue
      }
      checkTag(key)
      let name = document.string(key)
      guard let index = keys.firstIndex(of: name) else {
        report(
          key,
          Self.unknown(
            "key", name, among: keys, known: "\(what)'s keys are \(keys.joined(separator: ", "))",
            listOnlyWithoutSuggestion: true))
        continue
      }
      if let first = firstKeys[index] {
        report(
          key,
          "duplicate key '\(name)' (first at line \(document.position(of: first).line)); "
            + "keep only one of them")
        continue
      }
      firstKeys[index] = key
      fields.values[index] = value
    }
    return fields
  }

  mutating func list(_ node: Int, _ label: String, example: String) -> [Int]? {
    if document.kind(of: node) == .sequence {
      checkTag(node)
      return document.items(node)
    }
    if document.isNull(node) {
      report(node, "\(label) has no value; give it a list, like \(example), or remove it")
    } else {
      report(node, "\(label) must be a list, like \(example), not \(describe(node))")
    }
    return nil
  }

  mutating func texts(_ node: Int, _ label: String, item: String) -> [String]? {
    guard let items = list(node, label, example: "[First, Second]") else { return nil }
    return items.compactMap { text($0, item, example: "a sentence").map(Self.normalized) }
  }

  /// A scalar's text, trimmed; nil (after reporting it) when it is empty or not text.
  mutating func text(_ node: Int, _ label: String, example: String) -> String? {
    guard checkScalar(node, label, example: example) else { return nil }
    let value = Self.trimmed(document.string(node))
    guard !value.isEmpty else {
      report(node, "\(label) is empty; write it out, like '\(example)'")
      return nil
    }
    return value
  }

  mutating func checkScalar(_ node: Int, _ label: String, example: String) -> Bool {
    if document.kind(of: node) != .scalar {
      report(node, "\(label) must be text, like '\(example)', not \(describe(node))")
      return false
    }
    checkTag(node)
    if document.isNull(node) {
      report(node, "\(label) is empty; write it out, like '\(example)'")
      return false
    }
    return true
  }

  mutating func checkTag(_ node: Int) {
    if document.nodes[node].isTagged {
      report(node, "packs do not use YAML tags such as '!!str'; remove the tag")
    }
  }

  func describe(_ node: Int) -> String {
    switch document.kind(of: node) {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar: document.isNull(node) ? "nothing" : "the text '\(document.string(node))'"
    }
  }
}
