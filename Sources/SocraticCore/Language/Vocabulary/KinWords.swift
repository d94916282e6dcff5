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

  /// Whether a word names someone close to a person: family, a partner, a friend, a pet.
  static func isKin(_ word: String) -> Bool {
    women.contains(word) || men.contains(word) || anyone.contains(word)
  }

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
    "friend", "mate", "pal", "bestie", "partner", "cousin", "kid", "child", "baby", "dog", "cat",
    "neighbour", "neighbor", "flatmate", "roommate",
  ]
}
