/// The words a reflection puts as the person's feeling: what follows "you feel" or "you're
/// feeling" ("you feel ignored", "you feel ganged up on"), up to the end of its clause, and a
/// gloss of it after a comma ("…, like we've made it into a big deal"); and the doubt they are
/// coming to, after "you're wondering if" or "you're not sure whether". Naming the feeling or
/// the meaning under their words is what a complex reflection does, so these words claim
/// nothing of the reflection's own. A "feel" that opens a view ("you feel that the council
/// wasted it", "you feel the plan is fine") names no feeling.
enum FeelingScope {
  /// The positions of the words put as the person's feeling.
  static func positions(in words: [String]) -> Set<Int> {
    var positions: Set<Int> = []
    var index = 0
    while index < words.count {
      guard let first = scopeStart(in: words, verbAt: index) else {
        index += 1
        continue
      }
      // The first word is the feeling's own ("so alone"); the clause ends after it.
      var end = first + 1
      while end < words.count {
        if words[end] == ",", end + 1 < words.count, glosses.contains(words[end + 1]) {
          end += 1
        } else if clauseEnds.contains(words[end]) {
          break
        }
        end += 1
      }
      positions.formUnion(first..<end)
      index = end
    }
    return positions.union(selfViewPositions(in: words))
  }

  /// The words of a view put as the person's sense of their own lot: what follows "you feel
  /// like" or "you feel that" to the end of the sentence, when it speaks of them again ("you
  /// feel like whatever you do, nothing changes"). How their situation feels to them is the
  /// meaning under their words, not a claim about the world.
  private static func selfViewPositions(in words: [String]) -> Set<Int> {
    var positions: Set<Int> = []
    for index in words.indices.dropLast()
    where feelingVerbs.contains(words[index]) && selfViewOpeners.contains(words[index + 1])
      && isSaidOfThem(words, verbAt: index, across: gaps)
    {
      let end = words[(index + 1)...].firstIndex(where: sentenceEnds.contains) ?? words.count
      let view = (index + 2)..<end
      if words[view].contains(where: ["you", "your", "yourself"].contains) {
        positions.formUnion(view)
      }
    }
    return positions
  }

  /// Words after "feel" that open a view of the person's own lot: "like", "that", "as if".
  private static let selfViewOpeners: Set<String> = ["like", "that", "as"]

  /// Words that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "?", "!", ";"]

  /// Where the words put as theirs start after a verb said of them: the feeling after "you
  /// feel", or the doubt after "you're wondering if" ("you're starting to wonder if it's worth
  /// it": what they are coming to doubt, read under their words); nil for any other word.
  private static func scopeStart(in words: [String], verbAt index: Int) -> Int? {
    // "you feel a bit taken for granted": a softening phrase is part of the feeling.
    let softened = DegreeWords.softeningPhrases.first { words[(index + 1)...].starts(with: $0) }
    let next = index + 1 + (softened?.count ?? 0)
    let isDoubt = doubtVerbs.contains(words[index])
    guard next < words.count, isDoubt || feelingVerbs.contains(words[index]),
      isSaidOfThem(words, verbAt: index, across: gaps)
    else { return nil }
    if isDoubt {
      return doubtOpeners.contains(words[next]) && next + 1 < words.count ? next + 1 : nil
    }
    guard softened != nil || !viewOpeners.contains(words[next]),
      !FunctionWords.isFunctionWord(words[next]) || particles.contains(words[next])
    else { return nil }
    return next
  }

  /// Verbs and adjectives that put what follows "if" or "whether" as the person's doubt.
  static let doubtVerbs: Set<String> = [
    "wonder", "wondering", "wondered", "doubt", "doubting", "question", "questioning", "unsure",
    "sure",
  ]

  /// What opens the doubt: "if", "whether".
  private static let doubtOpeners: Set<String> = ["if", "whether"]

  /// Whether the verb at an index is said of the person: "you" before it, with only the words
  /// of a frame or a hedge between ("you 're really feeling", "you must feel").
  /// - Parameter gaps: the words that may stand between.
  static func isSaidOfThem(
    _ words: [String], verbAt index: Int, across gaps: Set<String>
  ) -> Bool {
    var before = index - 1
    while before >= 0, gaps.contains(words[before]) { before -= 1 }
    return before >= 0 && words[before] == "you"
  }

  /// Verbs that put what follows as a feeling.
  private static let feelingVerbs = FeelVerb.forms

  /// Words between "you" and its verb of feeling.
  private static let gaps: Set<String> = [
    "'re", "are", "were", "must", "might", "may", "probably", "really", "kind", "sort", "of",
    "kinda", "sorta", "just", "still", "'ve", "have", "been", "do", "did", "'d", "would",
    "starting", "beginning", "to", "not", "n't",
  ]

  /// Words after "feel" that open a view rather than a feeling: "that", "like" and the
  /// openers of a clause with a subject of its own.
  private static let viewOpeners: Set<String> = [
    "that", "like", "the", "a", "an", "this", "these", "those", "it", "they", "he", "she", "we",
    "i", "everyone", "nobody", "people", "as",
  ]

  /// Function words that may open a feeling: "so alone", "too tired", "out of place".
  private static let particles: Set<String> = ["up", "down", "out", "off", "so", "too", "very"]

  /// A gloss that continues the feeling after a comma: "like …", "as if …", "as though …".
  private static let glosses: Set<String> = ["like", "as"]

  /// Words that end the feeling's clause.
  private static let clauseEnds: Set<String> = [
    ",", ";", ".", "?", "!", "and", "but", "because", "so", "when", "whenever", "if", "since",
    "while", "unless", "or",
  ]
}
