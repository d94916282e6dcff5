/// Words people use for the same thing when they question a persona: a question that says
/// "options" asks about what it called "alternatives", and one that says "nations" about its
/// "countries". Each group is a few lemmas; a new one is one line.
enum SameThingWords {
  /// Groups of lemmas that name the same thing in talk about a view.
  private static let groups: [[String]] = [
    ["option", "alternative", "choice"],
    ["country", "nation", "state"],
    ["government", "regime", "leadership", "leader"],
    ["money", "cash", "fund", "funding", "finance"],
    ["army", "troop", "soldier", "military"],
    ["war", "conflict", "fighting"],
    ["citizen", "civilian", "public", "population"],
    ["price", "cost", "expense"],
    ["job", "work", "employment"],
    ["kid", "child", "youngster"],
    ["car", "vehicle", "motorist", "driver"],
    ["shop", "store", "business"],
    ["phone", "smartphone", "mobile"],
    ["rule", "law", "regulation"],
  ]

  /// Each lemma with the others of its group.
  private static let kin: [String: Set<String>] = groups.reduce(into: [:]) { table, group in
    for word in group { table[word, default: []].formUnion(group) }
  }

  /// The lemmas with the words of their groups added.
  static func widened(_ lemmas: Set<String>) -> Set<String> {
    lemmas.reduce(into: lemmas) { all, lemma in all.formUnion(kin[lemma] ?? []) }
  }

  /// Whether a lemma, or a word of its group, is among `lemmas`.
  static func isAmong(_ lemma: String, _ lemmas: Set<String>) -> Bool {
    lemmas.contains(lemma) || !(kin[lemma] ?? []).isDisjoint(with: lemmas)
  }
}
