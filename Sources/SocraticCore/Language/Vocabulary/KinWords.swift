/// The people of a person's life, by the word they are called by ("my nan", "our kid"), with
/// the pronoun that word gives them when it gives one: so a line about them can say "your nan"
/// and "her", never "they" for someone the person named.
enum KinWords {
  /// The pronoun a word for someone close gives them: "she" for "nan", "he" for "grandad",
  /// nil for "friend" or "partner", which say nothing of it.
  static func pronoun(of word: String) -> String? {
    if women.contains(word) { return "she" }
    if men.contains(word) { return "he" }
    return nil
  }

  /// The pronoun a name for someone gives them, by the last word in it that gives one: "he" for
  /// "my sister's husband", "she" for "my older sister", nil for "my friend" or "someone I
  /// know".
  static func pronoun(ofNamed name: String) -> String? {
    Tokenizer.tokenize(name).filter(\.isWord).map(\.lowercased).reversed().lazy
      .compactMap(pronoun(of:)).first
  }

  /// Whether a word names someone of a person's life: family, a partner, a friend, a pet, or
  /// someone they live beside (`nearby`).
  static func isKin(_ word: String) -> Bool {
    women.contains(word) || men.contains(word) || anyone.contains(word) || pets.contains(word)
      || nearby.contains(word)
  }

  /// Whether a word names someone close, not only near: "my nan", "my mate", never "my
  /// neighbour", whose loss is told, not theirs to be consoled for.
  static func isClose(_ word: String) -> Bool {
    isKin(word) && !nearby.contains(word)
  }

  /// People a person lives beside without being close to: neighbours.
  static let nearby: Set<String> = ["neighbour", "neighbor"]

  /// Words for a woman or girl close to someone: "nan", "my sister".
  static let women: Set<String> = [
    "mum", "mom", "mam", "mummy", "mommy", "mother", "ma", "nan", "nana", "nanna", "gran",
    "granny", "grandma", "grandmother", "nanny", "sister", "sis", "auntie", "aunty", "aunt",
    "wife", "missus", "girlfriend", "daughter", "niece", "stepmum", "stepmom", "fiancee",
    "granddaughter",
  ]

  /// Words for a man or boy close to someone: "grandad", "my brother".
  static let men: Set<String> = [
    "dad", "da", "daddy", "father", "pa", "grandad", "granddad", "grandpa", "grandfather",
    "brother", "bro", "uncle", "husband", "hubby", "boyfriend", "son", "nephew", "stepdad",
    "fiance", "grandson",
  ]

  private static let anyone: Set<String> = [
    "friend", "mate", "pal", "bestie", "partner", "cousin", "kid", "child", "baby", "flatmate",
    "roommate", "twin",
  ]

  /// Animals a person keeps: theirs to grieve ("my dog died"), never theirs to ask a view of.
  static let pets: Set<String> = ["dog", "cat"]

  /// Words for the people of a life as a group, no one person: "my family", "our kids".
  static let groups: Set<String> = [
    "family", "folks", "parents", "grandparents", "kids", "children", "friends", "mates",
    "colleagues", "workmates", "household", "neighbours", "neighbors",
  ]

  /// Words a family calls one of its own by, as a name: "nan", "dad". "our nan" is the
  /// listener's nan as much as the speaker's, and is given back as "nan", never "your nan".
  static let familyTitles: Set<String> = [
    "mum", "mom", "mam", "mummy", "mommy", "dad", "daddy", "nan", "nana", "nanna", "gran",
    "granny", "grandad", "granddad", "grandpa", "grandma", "auntie",
  ]

  /// Names for someone close in two words: "my other half".
  static let pairedNames: Set<String> = ["other half", "best mate", "best friend"]
}
