/// A feeling named for the listener: a short line that names how their lot feels ("still too
/// upsetting to clear his room", "things are tight at the moment") and says nothing of the speaker ("I", "my").
/// It gives back what their words carry, in words of its own, as a complex reflection does;
/// it argues nothing and claims nothing beyond the feeling.
enum NamedFeeling {
  /// Whether a line that asks nothing names a feeling for the listener.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isNamed(in words: [String]) -> Bool {
    words.count <= maximumLength
      && words.contains { feelingWords.contains(ReflectionDepthRules.stem($0)) }
      && !words.contains(where: speakerWords.contains)
  }

  /// The most words such a line has: a longer one says more than the feeling.
  private static let maximumLength = 12

  /// The one-word feelings a reflection names, stemmed: "upsetting", "gutted", "skint". "Feel"
  /// itself names none: "you feel the rent should be split" opens a view.
  private static let feelingWords = Set(
    ReflectionDepthRules.feelings.filter { !$0.contains(" ") && !$0.hasPrefix("feel") }
      .map(ReflectionDepthRules.stem))

  /// The speaker's words of themselves: a line with one tells of them.
  private static let speakerWords: Set<String> = ["i", "me", "my", "mine", "myself", "we", "our"]
}
