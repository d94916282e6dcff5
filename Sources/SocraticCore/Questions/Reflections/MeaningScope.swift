/// The words a reflection puts as what matters to the person rather than as a fact: what they
/// fear or hope ("part of you worries the sadness comes along too", "you're scared she'll
/// move away"), what it does to them ("and that's holding you back"), what they value
/// ("getting a say matters a lot to you"), and the plain event a meaning goes beyond ("it
/// feels like more than just losing the car"), and the cost they grant it, which asserts
/// nothing ("…, even if it means less money"). Adding that is what a complex reflection is
/// for, so these words claim nothing of the reflection's own; a new fact told beside them
/// ("…, and your mum lets him off") still does.
enum MeaningScope {
  /// The positions of the words put as what matters to the person.
  /// - Parameter words: the reflection's words in lowercase, as the tokenizer splits them.
  static func positions(in words: [String]) -> Set<Int> {
    var positions: Set<Int> = []
    for index in words.indices {
      if concernVerbs.contains(words[index]),
        FeelingScope.isSaidOfThem(words, verbAt: index, across: gaps)
          || isJoinedToThem(words, verbAt: index)
      {
        positions.formUnion((index + 1)..<clauseEnd(in: words, after: index))
      } else if valueVerbs.contains(words[index]), isToThem(words, after: index) {
        positions.formUnion(clauseStart(in: words, before: index)..<index)
      } else if effectVerbs.contains(words[index]),
        words[(index + 1)...].prefix(2).contains(where: ["you", "your"].contains)
      {
        positions.formUnion(
          clauseStart(in: words, before: index)..<clauseEnd(in: words, after: index))
      } else if words[index] == "if", index > 0, words[index - 1] == "even" {
        positions.formUnion((index + 1)..<clauseEnd(in: words, after: index))
      } else if words[index] == "than", index > 0, words[index - 1] == "more",
        index + 1 < words.count, beyondMarks.contains(words[index + 1])
      {
        positions.formUnion((index + 1)..<clauseEnd(in: words, after: index))
      }
    }
    return positions
  }

  /// Whether a verb follows "and" after a clause said of "you": "you're missing them and
  /// wondering if …", "so you're worn out and wondering …", "it sounds like you're stuck and
  /// worried …" say the wondering of them too.
  private static func isJoinedToThem(_ words: [String], verbAt index: Int) -> Bool {
    guard index > 1, words[index - 1] == "and" else { return false }
    return words[..<(index - 1)].reversed().prefix { $0 != "," && $0 != "." }.contains("you")
  }

  /// Whether a verb of value goes on to the person: "matters a lot to you", "means so much to
  /// you", "is important to you".
  private static func isToThem(_ words: [String], after index: Int) -> Bool {
    let rest = words[(index + 1)...].prefix(valueReach)
    guard let to = rest.firstIndex(of: "to") else { return false }
    return to + 1 < words.count && words[to + 1] == "you"
      && words[(index + 1)..<to].allSatisfy(degrees.contains)
  }

  /// Where the clause ends that opens after an index: at the next mark or joining word.
  private static func clauseEnd(in words: [String], after index: Int) -> Int {
    words[(index + 1)...].firstIndex(where: clauseBreaks.contains) ?? words.endIndex
  }

  /// Where the clause starts whose subject stands before a verb: after the frame or the mark
  /// before it ("it sounds like | having a say matters").
  private static func clauseStart(in words: [String], before index: Int) -> Int {
    words[..<index].lastIndex(where: { clauseBreaks.contains($0) || subjectOpeners.contains($0) })
      .map { $0 + 1 } ?? 0
  }

  /// Verbs and adjectives whose object is what the person fears, hopes or wonders.
  private static let concernVerbs: Set<String> = FeelingScope.doubtVerbs.union([
    "worry", "worries", "worried", "worrying", "fear", "fears", "afraid", "scared",
    "frightened", "terrified", "dread", "dreading", "hope", "hopes", "hoping", "wish",
    "wishing", "nervous", "anxious", "wonders", "torn",
  ])

  /// Verbs of what a thing does to the person: "that's holding you back", "it's weighing on
  /// you", "it's knocking your confidence".
  private static let effectVerbs: Set<String> = [
    "holding", "keeping", "stopping", "weighing", "eating", "wearing", "dragging", "knocking",
    "denting", "shaking", "rattling", "chipping",
  ]

  /// Verbs and adjectives that say a thing matters to someone: "matters to you".
  private static let valueVerbs: Set<String> = ["matters", "matter", "means", "important"]

  /// Words of degree between a verb of value and "to you": "a lot", "so much".
  private static let degrees: Set<String> = [
    "a", "lot", "so", "much", "really", "everything", "such", "big", "deal", "the", "world",
  ]

  /// How many words after a verb of value "to you" may come.
  private static let valueReach = 5

  /// Words after "more than" that say a meaning goes beyond what follows: "more than just".
  private static let beyondMarks: Set<String> = ["just", "only", "simply", "merely"]

  /// Words between "you" and its verb of fear or hope: "you're really", "part of you still".
  private static let gaps: Set<String> = [
    "'re", "are", "is", "were", "must", "might", "may", "probably", "really", "kind", "sort", "of",
    "kinda", "sorta", "just", "still", "'ve", "been", "a", "bit", "little", "so", "quite",
    "also", "too", "getting", "starting", "to",
  ]

  /// Words that end a clause, or open the next.
  private static let clauseBreaks: Set<String> = [
    ",", ";", ".", "?", "!", "and", "but", "because", "so", "while", "or", "even",
  ]

  /// Words after which the subject of a clause of value starts: "sounds like", "that".
  private static let subjectOpeners: Set<String> = ["like", "that", "seems", "guess"]
}
