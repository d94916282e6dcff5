/// What opens a belief without claiming anything ("honestly sam, …") and where a comma joins
/// two whole sentences in it.
extension BeliefReader {
  /// Where a comma joins two whole sentences ("AI is overhyped, it can't even do basic math"),
  /// or nil: both sides state something (a subject and a finite verb), the first opens with no
  /// subordinator ("If we ban it, kids will …") and the second with its subject, not a
  /// conjunction, a relative pronoun, a preposition or a participle ("…, which is …", "…, like
  /// …", "…, leaving …").
  static func commaSplice(in tokens: [Token]) -> Int? {
    guard let first = tokens.first, !FunctionWords.subordinators.contains(first.lowercased)
    else { return nil }
    var depth = 0
    for index in tokens.indices {
      let text = tokens[index].text
      if ["(", "["].contains(text) { depth += 1 }
      if [")", "]"].contains(text) { depth = max(0, depth - 1) }
      guard depth == 0, text == ",", index >= 2, index + 3 < tokens.count else { continue }
      // "…, honestly it's a joke": a sentence adverb may stand before the second's subject.
      var opening = index + 1
      while opening + 2 < tokens.count, sentenceAdverbs.contains(tokens[opening].lowercased) {
        opening += 1
      }
      // "…, honestly tom its a joke": the name of the one they speak to is no subject.
      if opening + 2 < tokens.count, isVocative(tokens[opening], before: tokens[opening + 1]) {
        opening += 1
      }
      let next = tokens[opening]
      let word = next.lowercased
      // "wed be better off": a chat spelling ("wed" for "we'd") is read as what it spells.
      let spelled = Shorthand.expanded([next]).first?.lowercased ?? word
      guard next.isWord, !FunctionWords.coordinators.contains(word),
        !FunctionWords.subordinators.contains(word),
        !FunctionWords.relativePronouns.contains(word) || word == "that",
        !FunctionWords.prepositions.contains(word),
        !Lexicon.verbReadings(of: spelled).contains(where: {
          [.pastParticiple, .presentParticiple].contains($0.form)
        })
      else { continue }
      let left = Array(tokens[..<index])
      // "…, its a joke": the second read as it was meant, with chat spellings spelled out.
      var right = Shorthand.expanded(Array(tokens[opening...]))
      right[0].hasSpaceBefore = false
      guard let leftClause = ClauseParser.parse(left), let rightClause = ClauseParser.parse(right),
        !leftClause.subject.isEmpty, !rightClause.subject.isEmpty,
        rightClause.subject.first?.lowercased == right[0].lowercased
      else { continue }
      return index
    }
    return nil
  }

  /// Whether a word is the name of someone addressed, said before what is told to them: a
  /// name the lexicon knows as one and as nothing else, followed by a comma or by a pronoun
  /// that opens the clause ("tom, it's a joke", "sam it's a joke").
  /// A word of address ("look mum, …") is one as a name is. After what opens the saying
  /// ("honestly sam the bus …"), a name may also stand before a determiner.
  static func isVocative(_ token: Token, before next: Token, afterOpening: Bool = false) -> Bool {
    guard token.isWord, !FunctionWords.isFunctionWord(token.lowercased),
      Lexicon.classes(of: token.lowercased).contains(.properSense)
        || addressWords.contains(token.lowercased)
    else { return false }
    let following = Shorthand.expanded([next]).first?.lowercased ?? next.lowercased
    return next.text == "," || FunctionWords.subjectPronouns[following] != nil
      || afterOpening && openersAfterAName.contains(following)
  }

  /// Words on the saying that open what a person says without being part of it, with or
  /// without a comma ("honestly, …", "tbh …").
  static let openingInterjections: Set<String> = [
    "honestly", "tbh", "ngl", "frankly", "seriously", "imo", "imho",
  ]

  /// Words that call on the listener, only before a comma or a name and a comma ("look, …",
  /// "listen mate, …"): "look at the prices" and "man is a social animal" say something.
  static let callingWords: Set<String> = ["look", "listen", "dude", "bro", "man", "mate"]

  /// The sentence without what opens it but claims nothing: interjections, and the name of
  /// the one addressed after them ("honestly sam, cycle lanes are a joke" → "cycle lanes are a
  /// joke"), when a clause follows; as it is otherwise.
  static func withoutInterjections(_ sentence: [Token]) -> [Token] {
    var start = 0
    while start < sentence.count {
      let word = sentence[start].lowercased
      let next = start + 1 < sentence.count ? sentence[start + 1] : nil
      let calls =
        callingWords.contains(word)
        && (next?.text == "," || next.map { callingWords.contains($0.lowercased) } == true
          || (start + 2 < sentence.count
            && next.map { isVocative($0, before: sentence[start + 2], afterOpening: true) }
              == true))
      guard openingInterjections.contains(word) || calls || sentence[start].text == "," else {
        break
      }
      start += 1
    }
    // "honestly china, they're lying": a name whose clause points back at it is its topic.
    if start + 2 < sentence.count,
      isVocative(sentence[start], before: sentence[start + 1], afterOpening: start > 0),
      start > 0 || sentence[start + 1].text == ",",
      !pointingSubjects.contains(
        sentence[start + (sentence[start + 1].text == "," ? 2 : 1)].lowercased)
    {
      start += 1
      if sentence[start].text == "," { start += 1 }
    }
    // "look at the data", "man is a social animal": only a word followed by a clause opens it.
    guard start > 0, start < sentence.count, sentence[start].isWord,
      let verb = ClauseParser.finiteVerbIndex(in: Array(sentence[start...])), verb > 0
    else { return sentence }
    var rest = Array(sentence[start...])
    rest[0].hasSpaceBefore = false
    return rest
  }

  /// Subjects that point back at a topic named before them.
  static let pointingSubjects: Set<String> = [
    "it", "its", "it's", "they", "theyre", "they're", "he", "she", "hes", "shes", "that", "thats",
  ]

  /// Adverbs that comment on the saying, not on what is said.
  static let sentenceAdverbs: Set<String> = [
    "honestly", "frankly", "seriously", "literally", "basically", "truly", "clearly",
    "obviously", "personally", "tbh", "ngl",
  ]
}
