import Foundation

extension BeliefMap {
  /// Marks the reason a person says they lean on most ("the big thing is …", "mostly it's
  /// …", "above all …") as the one that weighs most: the reason given before that shares most
  /// of the words after the cue (said once), else one given in this answer, else the words
  /// after the cue as a reason of their own, when they read as one. Only the first 1,000 characters are read.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - known: how many reasons the map held before the answer.
  mutating func markLeaning(in text: String, givenFrom known: Int) {
    let sentences = Self.sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    // "it's my son really. that's the weight of it": what they just said leans.
    if markPointedBack(in: sentences, givenFrom: known) { return }
    for sentence in sentences {
      // "the main thing is i'm not sure anymore": a doubt, no reason leaned on.
      guard let rest = Self.leanedOn(in: sentence) ?? Self.namedAsTheThing(in: sentence),
        !Self.doubtsOwnKnowing(rest),
        !Self.unsureCues.contains(where: { Self.has($0, in: Self.plainWords(rest)) })
      else { continue }
      let words = Self.stems(of: rest)
      let shared = reasons.prefix(known).map { words.intersection(Self.stems(of: $0.text)).count }
      // A reason it names shares two of its words, or half of them: one word in common
      // ("already") names none.
      if let best = shared.indices.max(by: { shared[$0] < shared[$1] }),
        shared[best] >= 2 || shared[best] > 0 && 2 * shared[best] >= words.count
      {
        strongest = best
        // "the main thing is that old and young mix": the reason said again is said once.
        for new in reasons.indices.reversed()
        where new >= known && Self.leanedOn(in: reasons[new].text) != nil {
          removeReason(at: new)
        }
      } else if Self.isShortNaming(rest), markWeightiest(in: rest, among: known) {
        // "mostly it's my sister": the story told of her leads.
      } else if reasons.count > known {
        strongest = known
        // "the main thing is the free parking" is filed as "the free parking".
        if let named = Self.leanedOn(in: reasons[known].text) {
          reasons[known].text = Self.leaningReason(named)
        } else if let thing = Self.namedAsTheThing(in: reasons[known].text) {
          // "the traffic is the thing" is filed as what it is of: "of the traffic".
          reasons[known].text = Self.reasonText(forMeant: thing)
        }
      } else if rest.split(separator: " ").count >= Self.leanedOnWordMinimum {
        reasons.append(Reason(text: Self.leaningReason(rest)))
        strongest = reasons.count - 1
      } else if let thing = Self.weightiestNamed(in: rest) {
        // "mostly it's my sister", when nothing told speaks of her: what it is of.
        reasons.append(Reason(text: "of " + thing))
        strongest = reasons.count - 1
      }
      // "the big thing is the schools are full", asked for the other side: their own ground,
      // no point granted.
      let said = Self.stems(of: rest)
      doubts.removeAll { !said.isEmpty && said.isSubset(of: Self.stems(of: $0)) }
      return
    }
  }

  /// Whether words after a cue are only a short name for a thing ("my sister").
  private static func isShortNaming(_ rest: String) -> Bool {
    rest.split(separator: " ").count < leanedOnWordMinimum
  }

  /// The words after a cue as a reason: a clause as it is ("they only help the rich"); a
  /// thing, with any clause about it cut ("the free parking they have"), as what the reason
  /// is of ("of the free parking"), which a recap gives as "because of the free parking".
  static func leaningReason(_ rest: String) -> String {
    let words = rest.split(separator: " ").map { $0.lowercased() }
    guard let first = words.first, FunctionWords.subjectPronouns[first] == nil,
      let inner = words.indices.dropFirst().first(where: {
        FunctionWords.subjectPronouns[words[$0]] != nil
          && !FunctionWords.isFunctionWord(words[$0 - 1])
      })
    else { return rest }
    let thing = rest.split(separator: " ").prefix(inner).joined(separator: " ")
    let phrase = "of " + thing
    return ReflectionWriter.ofPhrase(phrase) != nil ? phrase : rest
  }

  /// Whether an answer says which reason it leans on ("the big thing is …").
  static func leansOn(_ text: String) -> Bool {
    sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000)).contains {
      leanedOn(in: $0) != nil
    }
  }

  /// Whether an answer opens by adding a reason ("also …", "plus …", "another thing is …").
  static func addsReason(_ text: String) -> Bool {
    let words = plainWords(TypedTextLimit.prefix(of: text, characters: 200)).drop {
      ["and", "oh", "well", "but"].contains($0)
    }
    return addingOpenings.contains { words.starts(with: $0) }
  }

  /// Openings that add a reason to those given.
  private static let addingOpenings: [[String]] = [
    ["also"], ["plus"], ["another", "thing"], ["another", "reason"], ["on", "top", "of", "that"],
    ["not", "to", "mention"], ["besides", "that"],
  ]

  /// The reason an answer gives again, by index: the one whose words that carry meaning it
  /// mostly holds (at least two, and at least half of them), unless the question put them.
  func restatedReason(in text: String, asked question: String?) -> Int? {
    let words = Self.stems(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    let put = Self.stems(of: question ?? "")
    return reasons.indices.first { index in
      let reason = Self.stems(of: reasons[index].text)
      let shared = words.intersection(reason).count
      return shared >= 2 && 2 * shared >= reason.count
        && 2 * put.intersection(reason).count < reason.count
    }
  }

  /// Takes off the reasons from `known` on that only say a reason again (most of their words
  /// that carry meaning are its words): it is said once on the map.
  mutating func dropRestatements(of index: Int, from known: Int) {
    guard reasons.indices.contains(index), known < reasons.count else { return }
    let kept = Self.stems(of: reasons[index].text)
    for new in reasons.indices.reversed() where new >= known && new != index {
      let words = Self.stems(of: reasons[new].text)
      if 2 * words.intersection(kept).count >= words.count { removeReason(at: new) }
    }
  }

  /// The words after a cue that says a reason weighs most, cut at the clause's end: "the big
  /// thing is they only help the rich, …" → "they only help the rich".
  static func leanedOn(in sentence: String) -> String? {
    // Most sentences hold no cue: their words are looked at before any cue is searched for.
    guard !Set(plainWords(sentence)).isDisjoint(with: leaningCueWords) else { return nil }
    let typed = sentence.replacingOccurrences(of: "\u{2019}", with: "'")
    for cue in leaningCues {
      guard let range = typed.range(of: cue, options: .caseInsensitive),
        range.lowerBound == typed.startIndex
          || !typed[typed.index(before: range.lowerBound)].isLetter,
        range.upperBound == typed.endIndex || !typed[range.upperBound].isLetter
      else { continue }
      var rest = Substring(typed[range.upperBound...])
      if let end = rest.firstIndex(where: { ",;:.!?\u{2014}".contains($0) }),
        rest[..<end].contains(where: \.isLetter)
      {
        rest = rest[..<end]
      }
      var words = rest.split(separator: " ").map(String.init)
      while let first = words.first, leanedOnOpeners.contains(first.lowercased()) {
        words.removeFirst()
      }
      words = words.map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter {
        !$0.isEmpty
      }
      return words.isEmpty ? nil : words.joined(separator: " ")
    }
    return nil
  }

  /// Phrases that say what follows is the reason that weighs most.
  static let leaningCues = [
    "the big thing is", "the biggest thing is", "the main thing is", "the main reason is",
    "my main reason is", "the real reason is", "the real thing is", "the key thing is",
    "mostly it's", "mostly its", "mainly it's", "mainly its", "it's mostly", "its mostly",
    "it's mainly", "its mainly", "mostly because", "mainly because", "above all",
    "more than anything", "what it comes down to is", "it comes down to", "it all comes down to",
    "what really matters is", "the most important thing is", "first and foremost",
    // Typed without the article: "main thing is the commute".
    "main thing is", "main reason is", "big thing is", "biggest thing is", "real reason is",
  ]

  /// Words that say they are unsure, not what they lean on.
  private static let unsureCues: [[String]] = [
    ["not", "sure"], ["dont", "know"], ["no", "idea"], ["idk"], ["dunno"], ["unsure"],
  ]

  /// A word of every cue of `leaningCues`.
  private static let leaningCueWords: Set<String> = [
    "thing", "reason", "mostly", "mainly", "above", "anything", "comes", "matters", "foremost",
  ]

  /// Words that open what a cue names and say nothing of it: "that", "just".
  private static let leanedOnOpeners: Set<String> = ["that", "just", "really", "is"]

  /// The fewest words a reason named only after a cue has.
  private static let leanedOnWordMinimum = 3
}

extension BeliefMap {
  /// The thing an answer to "which weighs most?" names when it is only a short phrase ("the
  /// thing about my sister", "probably the cost one"): without its hedges and a closing "one",
  /// as typed; nil for anything longer or that names nothing.
  static func weightiestNamed(in answer: String) -> String? {
    // "the safety one, people getting hit": the phrase before the comma names it.
    let phrase =
      TypedTextLimit.prefix(of: answer, characters: 200)
      .split(whereSeparator: { ",;.!?".contains($0) }).first ?? ""
    var words = phrase.split(separator: " ")
      .map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
    // "the thing about my mum being on her own": what is said of the thing is no part of it.
    if let cut = words.indices.dropFirst(3).first(where: {
      phraseEnders.contains(words[$0].lowercased())
    }) {
      words = Array(words[..<cut])
    }
    while let first = words.first, weightHedges.contains(first.lowercased()) { words.removeFirst() }
    while let last = words.last, weightHedges.contains(last.lowercased()) { words.removeLast() }
    if words.count > 2, words.last?.lowercased() == "one" { words.removeLast() }
    guard let first = words.first?.lowercased(), namingOpeners.contains(first),
      (2...weightiestWordLimit).contains(words.count),
      words.dropFirst().contains(where: { !FunctionWords.isFunctionWord($0.lowercased()) })
    else { return nil }
    return words.joined(separator: " ")
  }

  /// Words that name no reason in particular: "being", "up there", "the one".
  private static let namingFillers: Set<String> = [
    "be", "being", "been", "get", "getting", "got", "have", "having", "one", "thing", "things",
    "say", "own", "up", "there", "really", "lot", "way", "probably", "guess", "reckon",
  ]

  /// Words around the thing named that only hedge it: "probably", "i guess".
  private static let weightHedges: Set<String> = [
    "probably", "prob", "maybe", "i", "guess", "think", "reckon", "honestly", "definitely",
    "id", "i'd", "say", "mostly", "def", "tbh", "um", "hmm", "well", "oh", "like", "yeah", "ok",
  ]

  /// Words after which a phrase naming a thing goes on to say something of it.
  private static let phraseEnders: Set<String> = [
    "being", "who", "which", "that", "because", "and", "is", "was", "when", "since",
  ]

  /// Words that open a phrase naming one of the things said.
  private static let namingOpeners: Set<String> = ["the", "that", "my", "our"]

  /// The most words a thing named as weighing most has.
  private static let weightiestWordLimit = 7
}

extension BeliefMap {
  /// Marks the reason an answer to "which weighs most?" names ("the insurance one"): the one of
  /// the first `known` whose own words share most of the answer's words that carry meaning;
  /// a story or evidence told for one that shares more was a reason of its own, filed under
  /// another, and becomes the reason they lean on.
  /// - Returns: whether it named one.
  @discardableResult
  /// - Parameter clearly: whether a word or two in common is too little: a reason told then
  ///   ("my sister is a nurse and half her pay goes on rent") leads unless it shares half the
  ///   words of the shorter of it and one told before.
  mutating func markWeightiest(in answer: String, among known: Int, clearly: Bool = false)
    -> Bool
  {
    let words = QuestionWording.contentWords(of: answer).subtracting(AnswerCues.repeatWords)
      .subtracting(Self.namingFillers)
    var best: (reason: Int, told: String?, shared: Int)?
    for (index, reason) in reasons.prefix(known).enumerated() {
      let shared = words.intersection(QuestionWording.contentWords(of: reason.text)).count
      if shared > (best?.shared ?? 0) { best = (index, nil, shared) }
      for told in reason.evidence + reason.examples {
        let shared = words.intersection(QuestionWording.contentWords(of: told)).count
        if shared > (best?.shared ?? 0) { best = (index, told, shared) }
      }
    }
    guard let best else { return false }
    if clearly {
      // Read by their stems, which keep a verb's tense: "goes" and "went" name nothing alike.
      // Half the words of the shorter of the two: "the insurance one" names "the insurance
      // alone costs a fortune"; "kids who can't pay end up indoors" names no "kids can't pay".
      let said = Self.stems(of: answer).subtracting(Self.namingFillers)
        .subtracting(Self.weightHedges)
      let named = Self.stems(of: best.told ?? reasons[best.reason].text)
      let shared = said.intersection(named).count
      guard 2 * shared >= min(said.count, named.count) else { return false }
    }
    guard let told = best.told,
      ClauseParser.finiteVerbIndex(in: Shorthand.expanded(Tokenizer.tokenize(told))) != nil
    else {
      strongest = best.reason
      return true
    }
    reasons[best.reason].evidence.removeAll { $0 == told }
    reasons[best.reason].examples.removeAll { $0 == told }
    reasons.append(Reason(text: told))
    strongest = reasons.count - 1
    return true
  }
}
