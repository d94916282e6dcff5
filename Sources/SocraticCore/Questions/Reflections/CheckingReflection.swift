/// A reflection put as a check: "So you're saying it's mostly about the money?", "You mean
/// the rent went up again?". With a question mark it asks them to confirm what was heard;
/// it gives back, rather than putting words in their mouth, when most of what it says after
/// its frame is theirs and it denies nothing they did not deny, or when it weighs two sides
/// of what they said ("less about X and more about Y?") for them to pick.
enum CheckingReflection {
  /// Whether a question checks back what the other person said.
  /// - Parameters:
  ///   - reading: the question.
  ///   - heard: what they said, in lowercase words.
  static func checksBack(_ reading: QuestionReading, heard: [String]) -> Bool {
    let words = Array(reading.coreWords)
    let start = words.firstIndex { !leadIns.contains($0) } ?? words.endIndex
    guard let frame = frames.lazy.compactMap({ length(of: $0, at: words[start...]) }).first
    else { return false }
    if weighs(words[(start + frame)...]) { return true }
    let said = words[(start + frame)...].filter {
      ($0.first?.isLetter ?? false) && !FunctionWords.isFunctionWord($0) && !hedges.contains($0)
    }
    let theirs = Set(heard.map(TopicWords.lemma(of:)))
    let kept = said.filter { theirs.contains(TopicWords.lemma(of: $0)) }.count
    let deniesAnew = words.contains { negates($0) && !heard.contains($0) }
    return !said.isEmpty && kept * 2 >= said.count && !deniesAnew
  }

  /// Whether a line put with a question mark reads the person's state back for them to
  /// confirm or put right, whoever's words it uses: "So you're less sure now?", "So it's more
  /// the way it was done than the change itself?". It is a reflection as it would be without
  /// the mark; a view or a feeling said for them ("so you think …", "so you feel …"), a
  /// denial ("so you don't care?"), an act pressed ("so you're quitting then?") or a verdict
  /// ("so it's a scam?") is not.
  static func readsPersonBack(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    let start = words.firstIndex { !leadIns.contains($0) } ?? words.endIndex
    guard let opener = stateOpeners.first(where: { words[start...].starts(with: $0) }) else {
      return false
    }
    let said = words[(start + opener.count)...]
    // "so it's the stairs that are the worst bit?": what weighs on them most, read back.
    if opener.first == "it", namesWhatWeighs(said) { return true }
    // "so you're quitting the choir then?" checks an act, pressed: no state read back.
    guard let first = said.first(where: { !hedges.contains($0) }),
      !viewOpeners.contains(first), !deniesState(said),
      said.last != "then",
      !Lexicon.verbReadings(of: first).contains(where: { $0.form == .presentParticiple })
    else { return false }
    // "So it's more X than Y?" weighs two sides of what they said; "so it's a scam?" is a
    // verdict of the asker's.
    return opener.first == "you" || weighs(said) || focuses(said)
  }

  /// Whether what is read back puts the weight of what they said on one part: "more a gut
  /// thing", "mostly the drive", "more about being asked". "more expensive" is a verdict.
  private static func focuses(_ said: ArraySlice<String>) -> Bool {
    let kept = said.drop(while: hedges.contains)
    guard let first = kept.first, kept.count > 2 else { return false }
    if focusAdverbs.contains(first) { return true }
    guard ["more", "less"].contains(first) else { return false }
    let next = kept[kept.startIndex + 1]
    return focusedStarts.contains(next) || FunctionWords.determiners.contains(next)
      || FunctionWords.possessives.contains(next)
  }

  /// Words that put the weight on one part of what they said: "mostly the drive".
  private static let focusAdverbs: Set<String> = ["mostly", "mainly", "largely"]

  /// Words after "more" or "less" that open the part weighed: "more about", "less that".
  private static let focusedStarts: Set<String> = ["about", "that", "to", "of", "like"]

  /// Whether what is read back names the part that weighs on them most: "the stairs that are
  /// the worst bit", "the waiting that gets to you", "the money that matters most".
  private static func namesWhatWeighs(_ said: ArraySlice<String>) -> Bool {
    guard let that = said.dropFirst().firstIndex(of: "that") else { return false }
    let rest = said[(that + 1)...].drop { ["'s", "is", "are", "was", "really"].contains($0) }
    guard let first = rest.first else { return false }
    if weighingVerbs.contains(first) { return true }
    return rest.prefix(3).contains(where: weighingSuperlatives.contains)
  }

  /// What weighs most, said as a superlative: "the worst bit", "the hardest part".
  private static let weighingSuperlatives: Set<String> = [
    "worst", "hardest", "toughest", "biggest", "main", "real", "best", "scariest",
  ]

  /// What weighs on someone, said as a verb: "gets to you", "bothers you", "matters most".
  private static let weighingVerbs: Set<String> = [
    "gets", "bothers", "hurts", "worries", "matters", "upsets", "stings", "annoys", "niggles",
    "scares", "frightens", "gnaws", "eats",
  ]

  /// Whether a state read back is denied ("so you don't care?"), not only lessened ("not as
  /// sure", "not quite settled").
  private static func deniesState(_ said: ArraySlice<String>) -> Bool {
    said.indices.contains { index in
      negates(said[index])
        && !(index + 1 < said.endIndex && lesseningWords.contains(said[index + 1]))
    }
  }

  /// Words after "not" that lessen a state rather than deny it: "not as sure".
  private static let lesseningWords: Set<String> = ["as", "so", "quite", "that", "too"]

  /// How a reading of the person's state opens: "you 're", "it 's".
  private static let stateOpeners: [[String]] = [
    "you 're", "you are", "you 've been", "it 's", "it is",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words after the opener that make it a view said for them, not their state: "you're
  /// saying …", "it's the council that …".
  private static let viewOpeners: Set<String> = [
    "that", "it", "they", "he", "she", "we", "the", "this", "everyone", "nobody", "saying",
    "telling", "thinking", "suggesting", "claiming", "admitting", "implying",
  ]

  /// The sentences of a line without the check that ends it ("…, is that fair?", "… Have I got
  /// that right?"), which asks them to confirm what was heard and is no question of its own;
  /// nil when no check ends the line after a comma, a dash or a sentence of its own, or
  /// nothing comes before it.
  static func withoutCheck(_ sentences: [[Token]]) -> [[Token]]? {
    guard var last = sentences.last else { return nil }
    while last.last?.kind == .punctuation { last.removeLast() }
    let words = last.map(\.lowercased)
    guard let check = checks.first(where: { words.suffix($0.count).elementsEqual($0) }) else {
      return nil
    }
    var kept = Array(last.dropLast(check.count))
    var before = Array(sentences.dropLast())
    if let mark = kept.last {
      guard checkSeparators.contains(mark.text) else { return nil }
      kept.removeLast()
      before.append(kept)
    }
    return before.joined().contains(where: \.isWord) ? before : nil
  }

  /// Checks put after a reflection: "is that fair", "have I got that right". "Is that it?"
  /// challenges a charge ("You'd rather rent forever, is that it?") and is none.
  private static let checks: [[String]] = [
    "is that fair", "is that right", "is that about right", "is that close",
    "have i got that right", "have i got it right", "have i got that", "did i get that right",
    "did i get that", "do i have that right", "have i understood", "am i right", "am i close",
    "does that sound right", "does that sound fair", "would that be fair",
    "would that be right", "fair to say", "is that what you mean", "is that what you meant",
    "is that what you 're saying", "is that what you are saying",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Marks that set a check off from the reflection before it.
  private static let checkSeparators: Set<String> = [",", "-", "\u{2013}", "\u{2014}", "..."]

  /// Whether what is checked weighs one thing against another: "less about winning and more
  /// about being heard", "the evenings are harder than the mornings", "not so much the job as
  /// the hours". It offers a reading of what they said for them to confirm or correct,
  /// whichever side they choose: a summary, not a view of the asker's own. A quantity ("no more
  /// than two") weighs nothing.
  private static func weighs(_ said: ArraySlice<String>) -> Bool {
    guard
      let first = said.firstIndex(where: Comparatives.isComparative) ?? said.firstIndex(of: "not"),
      first == said.startIndex || !quantities.contains(said[first - 1])
    else { return false }
    let rest = said[(first + 1)...]
    guard let second = rest.firstIndex(where: secondHalves.contains) else { return false }
    // Each side says something: "X matters more than Y", "less X and more Y".
    let sideBefore = first > said.startIndex || second > rest.startIndex
    return sideBefore && second + 1 < said.endIndex
  }

  /// Words that make a comparative a quantity: "no more than", "any less than".
  private static let quantities: Set<String> = ["no", "any", "much", "far", "little"]

  /// The second half of a weighing: "less … more", "more … than", "not so much … as", "not …
  /// but".
  private static let secondHalves: Set<String> = ["more", "less", "than", "as", "but"]

  /// How many words a frame takes at the start of the words, hedges between its words
  /// included; nil when it does not stand there.
  private static func length(of frame: [String], at words: ArraySlice<String>) -> Int? {
    var position = words.startIndex
    for word in frame {
      while position < words.endIndex, hedges.contains(words[position]) { position += 1 }
      guard position < words.endIndex, words[position] == word else { return nil }
      position += 1
    }
    return position - words.startIndex
  }

  /// Frames that check what was said.
  private static let frames: [[String]] = [
    "you 're saying", "you are saying", "you mean", "what you 're saying is",
    "what i 'm hearing is", "i 'm hearing", "you 're telling me",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words before the frame: "so", "okay".
  private static let leadIns: Set<String> = ["so", "okay", "ok", "and", "right", "yeah", "then"]

  /// Softeners within or after the frame: "you're kinda saying".
  private static let hedges: Set<String> = [
    "kinda", "kind", "of", "sort", "sorta", "basically", "really", "just", "like", "that",
  ]

  /// Whether a word denies, which a check may not add.
  private static func negates(_ word: String) -> Bool {
    FunctionWords.negates(word) || FunctionWords.noneWords.contains(word)
  }
}
