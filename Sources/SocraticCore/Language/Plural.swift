/// English plurals of the nouns socratic counts in what it shows.
public enum Plural {
  /// A count with its noun, in the plural unless it is one: "1 question", "3 things". The
  /// nouns counted are regular ("question", "thing", "line", "session", "drill").
  public static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)" + (count == 1 ? "" : "s")
  }

  /// Whether a noun phrase names more than one, so its verb takes the plural: a plural noun in
  /// it ("your parents", "the people upstairs", "my neighbours kids") or words joined by "and".
  /// "the family next door" and "your mum" name one.
  static func namesMany(_ words: [String]) -> Bool {
    words.contains { word in
      word == "and" || word.hasSuffix("s'")
        || !FunctionWords.isFunctionWord(word)
          && (Lexicon.singular(of: word) != nil
            || Lexicon.classes(of: word).contains(.irregularPlural))
    }
  }
}
