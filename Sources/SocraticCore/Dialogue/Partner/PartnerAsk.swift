/// Whether a question suits a live talk with family or a friend: one plain ask about what they
/// said, read from its structure, so every wording is judged alike, the engine's, a built-in
/// pack's or a facilitator's own `--pack`.
///
/// A question does not suit when it
/// - asks twice or more: more than one question mark or a list ("a fair election, a fair
///   newspaper or a fair politician"), or a coordinator that opens a second ask with a
///   question word and a verb of its own or nothing after it ("…, and how do you check it?",
///   "…, and why?"); "which part still seems right, and which part less so?" has no verb of its
///   own after "and" and asks one thing;
/// - sends them to an authority or an adversary (`authorities`): "what do the people who study
///   this for a living say", "which examples would your opponents choose";
/// - asks what they assume or must already believe without pointing at anything they said: an
///   assumption they never showed is presumed ("What are you assuming about people who vote
///   differently?");
/// - runs longer than `wordLimit` words, which no one says across a table.
enum PartnerAsk {
  /// The most words a question may have.
  static let wordLimit = 18

  /// Whether the question suits partner mode.
  static func suits(_ text: String) -> Bool {
    // "What would a fair X, a fair Y or a fair Z look like?": a list is several asks.
    guard text.count(where: { $0 == "?" }) <= 1, text.count(where: { $0 == "," }) <= 1 else {
      return false
    }
    let words = Tokenizer.tokenize(text).filter(\.isWord)
    guard words.count <= wordLimit else { return false }
    let lowered = words.map(\.lowercased)
    return !asksTwice(words) && !listsSeveral(Tokenizer.tokenize(text))
      && !namesAnAuthority(lowered) && !presumes(lowered)
  }

  /// "a fair election, a fair newspaper or a fair politician": a comma, then words with no
  /// verb, then "or" or "and": a list, each item of which is an ask.
  static func listsSeveral(_ tokens: [Token]) -> Bool {
    guard let comma = tokens.firstIndex(where: { $0.text == "," }) else { return false }
    let after = tokens[(comma + 1)...]
    guard
      let coordinator = after.firstIndex(where: {
        $0.lowercased == "or" || $0.lowercased == "and"
      }), coordinator > comma + 1
    else { return false }
    return ClauseParser.finiteVerbIndex(in: Array(tokens[(comma + 1)..<coordinator])) == nil
  }

  /// "…, and how do you check it?", "…, and why?": a coordinator, after the first few words,
  /// opening a question word (after a preposition or not) that has a verb of its own or ends
  /// the question.
  static func asksTwice(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    for index in lowered.indices.dropFirst(2)
    where FunctionWords.coordinators.contains(lowered[index]) {
      var next = index + 1
      if next < lowered.count, FunctionWords.prepositions.contains(lowered[next]) { next += 1 }
      guard next < lowered.count, FunctionWords.questionWords.contains(lowered[next]) else {
        continue
      }
      let rest = Array(words[(next + 1)...])
      if rest.isEmpty || ClauseParser.finiteVerbIndex(in: rest) != nil { return true }
      // "…, and what changed it?", "…, and who pays?": the question word is the subject of a
      // verb of its own.
      if let verb = rest.first?.lowercased,
        FunctionWords.auxiliary(verb) != nil
          || Lexicon.verbReadings(of: verb).contains(where: {
            $0.form == .past || $0.form == .thirdSingular
          })
      {
        return true
      }
    }
    return false
  }

  /// Whether it names an authority or an adversary to set against them.
  static func namesAnAuthority(_ lowered: [String]) -> Bool {
    lowered.contains { authorities.contains($0) }
      // "the people who know this subject best"
      || lowered.contains("know") && lowered.contains("best")
      || zip(lowered, lowered.dropFirst()).contains { $0 == "for" && $1 == "a" }
        && lowered.contains("living")
  }

  /// Whether it asks what they assume or take for granted with nothing of theirs to point at:
  /// no "that" or "there" of what they said, no clause of theirs after "that".
  static func presumes(_ lowered: [String]) -> Bool {
    let asksAnAssumption =
      lowered.contains { assumingWords.contains($0) }
      || zip(lowered, lowered.dropFirst()).contains { $0 == "for" && $1 == "granted" }
      || zip(lowered, lowered.dropFirst()).contains { $0 == "believe" && $1 == "already" }
    guard asksAnAssumption else { return false }
    return !lowered.contains { pointers.contains($0) }
  }

  /// Those a question may send them to instead of their own view: experts, scholars, the
  /// sources or studies of a field, opponents.
  static let authorities: Set<String> = [
    "expert", "experts", "scholar", "scholars", "researcher", "researchers", "research",
    "study", "studies", "studying", "academics", "economists", "scientists", "opponents",
    "opponent", "critics", "sources",
  ]

  /// Words that ask what someone assumes.
  static let assumingWords: Set<String> = ["assume", "assuming", "assumption", "assumptions"]

  /// Words that point at what they said: "What are you taking for granted there?".
  static let pointers: Set<String> = ["that", "there"]
}
