/// Verb forms made from a base: the third person, the past and the past participle.
extension Lexicon {
  static func irregularPast(of base: String) -> String? {
    guard let (past, _) = irregularVerbs.twoFields(forKey: base), !past.isEmpty else {
      return nil
    }
    return past
  }

  /// The present-tense form for he, she, it: "go" → "goes", "study" → "studies", "have" →
  /// "has".
  public static func thirdPersonSingular(of base: String) -> String {
    switch base {
    case "be": return "is"
    case "have": return "has"
    default: break
    }
    if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
      || base.hasSuffix("sh") || base.hasSuffix("o")
    {
      return base + "es"
    }
    if endsInConsonantY(base) { return String(base.dropLast()) + "ies" }
    return base + "s"
  }

  /// The simple past: irregular from WordNet ("go" → "went", "ban" → "banned"), else regular
  /// ("cause" → "caused", "study" → "studied", "help" → "helped").
  public static func past(of base: String) -> String {
    switch base {
    case "be": return "was"
    default: break
    }
    if let past = irregularPast(of: base) { return past }
    return regularPast(of: base)
  }

  /// The past participle: irregular from WordNet ("go" → "gone", "run" → "run"), else the
  /// regular past.
  public static func pastParticiple(of base: String) -> String {
    if base == "be" { return "been" }
    if let (past, participle) = irregularVerbs.twoFields(forKey: base) {
      if !participle.isEmpty { return participle }
      if !past.isEmpty { return past }
    }
    return regularPast(of: base)
  }

  static func regularPast(of base: String) -> String {
    if base.hasSuffix("e") { return base + "d" }
    if endsInConsonantY(base) { return String(base.dropLast()) + "ied" }
    return base + "ed"
  }

  static func endsInConsonantY(_ word: String) -> Bool {
    guard word.hasSuffix("y"), let before = word.dropLast().last else { return false }
    return !"aeiou".contains(before)
  }
}
