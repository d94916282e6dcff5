/// How partner mode reads a sentence of theirs by its first words: a lead-in, a line about
/// the listener, a request, something pointed at, a statement with a question mark, someone
/// else's view.
extension TheirWords {
  /// The sentences from the first that states something: an answer often opens with a few
  /// words without a verb ("Maybe three hours. But my grades are fine.") or with the question
  /// it answers ("What would change my mind? Probably nothing."), and what it states follows.
  /// All of them when no later sentence states anything.
  /// Only a short sentence, one that wonders at how others see it, or one that tells a plan of
  /// theirs is a lead-in, and only the next few are looked at for the statement, each by its
  /// first words: reading stays fast for a text of any length.
  static func droppingLeadIn(_ sentences: [[Token]]) -> ArraySlice<[Token]> {
    func states(_ sentence: [Token]) -> Bool {
      let start = Array(BeliefReader.trimmed(sentence).prefix(sentenceWordLimit))
      return (!QuestionReversal.isQuestion(sentence) || isStatedWithAQuestionMark(sentence))
        && ClauseParser.finiteVerbIndex(in: start) != nil
    }
    // "I don't get why everyone's acting like this is complicated. Israel has every right …":
    // wondering at others leads in to what they hold, as a plan of theirs leads in to the
    // view it follows from.
    func isLeadIn(_ sentence: [Token]) -> Bool {
      let spoken = Array(sentence.filter(\.isWord).prefix(sentenceWordLimit))
      // "sam it's simple": saying it is plain, after the name they call the listener or not.
      let saysItIsPlain = [spoken, Array(spoken.dropFirst())].contains { words in
        !words.isEmpty
          && PartnerCueMatcher.sayingItIsPlain.matchEnd(atStartOf: words) == words.count
      }
      // "mate I've decided", "I'm not doing the flu jab this year": a plan of theirs.
      let tellsAPlan = [spoken, Array(spoken.dropFirst())].contains { words in
        PartnerCueMatcher.plan.matchEnd(atStartOf: words) != nil
      }
      // "ok dont laugh.", "hear me out": an aside that excuses what comes next; "she did
      // yes": a short answer to the listener's question.
      return spoken.count <= fragmentWordLimit && (!states(sentence) || saysItIsPlain)
        || SpokenAside.isAlone(sentence) || isShortAnswer(spoken)
        || PartnerCueMatcher.wondering.matches(Array(spoken.prefix(6))) || tellsAPlan
    }
    // "right so dont laugh. im selling the car": openers said as sentences of their own go
    // first, whatever follows them.
    let sentences = sentences.drop(while: isOnlyAnOpener)
    guard !sentences.isEmpty else { return sentences }
    // "why do I say that? it's simple really. the …": a lead-in may follow another.
    guard let first = sentences.first, isLeadIn(first),
      let statement = sentences.prefix(4).dropFirst().firstIndex(where: { sentence in
        states(sentence) && !isLeadIn(sentence)
      })
    else { return sentences }
    return sentences[statement...]
  }

  /// A sentence without the not knowing said before a comma that opens it: "I don't know, it
  /// just feels lazy to me" → "it just feels lazy to me"; the sentence as it is otherwise ("I
  /// don't know if it works").
  static func droppingNotKnowing(_ sentence: [Token]) -> [Token] {
    guard let end = PartnerCueMatcher.notKnowing.matchEnd(atStartOf: sentence.filter(\.isWord))
    else { return sentence }
    var wordsSeen = 0
    for (index, token) in sentence.enumerated() where token.isWord {
      wordsSeen += 1
      guard wordsSeen == end else { continue }
      guard index + 1 < sentence.count, sentence[index + 1].text == "," else { return sentence }
      return PartnerClauses.dropping(PartnerCueMatcher.notKnowing, atStartOf: sentence)
    }
    return sentence
  }

  /// Whether a sentence only says they heard or follow ("yeah. I know.") or that they are
  /// sorry ("sorry I snapped"): nothing in it is stated.
  static func isOnlyHeardOrSorry(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    return !words.isEmpty
      && (PartnerCueMatcher.backchannel.matchEnd(atStartOf: words) == words.count
        || PartnerCueMatcher.apology.matchEnd(atStartOf: words) != nil)
  }

  /// Whether a sentence says only that they do not know: "I don't know.", "idk".
  static func isOnlyNotKnowing(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    return PartnerCueMatcher.notKnowing.matchEnd(atStartOf: words) == words.count
  }

  /// A sentence without the "that" that opens it as the answer to a question ("that kids need
  /// more than tests"): only before a pronoun or a plural noun, where it cannot be the
  /// determiner of "that guy is a crook" or the subject of "that is crazy".
  static func droppingComplementizer(_ sentence: [Token]) -> [Token] {
    guard let first = sentence.firstIndex(where: \.isWord), sentence[first].lowercased == "that",
      let next = sentence[(first + 1)...].first(where: \.isWord)?.lowercased
    else { return sentence }
    let opensAClause =
      FunctionWords.subjectPronouns[next] != nil && !["it", "that", "this"].contains(next)
      || !FunctionWords.isFunctionWord(next) && Lexicon.number(ofNoun: next) == .plural
    let rest = Array(sentence[(first + 1)...])
    // Its verb comes after its subject: "that works for me" keeps its "that".
    let verb = ClauseParser.finiteVerbIndex(in: rest)
    return opensAClause && (verb ?? 0) > rest.firstIndex(where: \.isWord) ?? 0 ? rest : sentence
  }

  /// Whether a sentence goes on with what was said before it: it opens with "and", "plus" or
  /// "also", after a word of assent ("yeah and nobody got arrested").
  static func goesOn(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    let first = words.first {
      !["yeah", "yes", "ok", "okay", "right", "exactly", "well"].contains($0)
    }
    return first.map(["and", "plus", "also"].contains) ?? false
  }

  /// Whether a sentence tells the listener they do not understand or listen: "You just don't
  /// get it", "u never listen", "You don't know what it's like". A "you" that can stand for
  /// anyone goes with a modal ("You can't trust banks") and is not counted.
  static func isAboutTheListener(_ sentence: [Token]) -> Bool {
    var words = sentence.filter(\.isWord).map(\.lowercased)[...]
    while let first = words.first, ["but", "and", "well", "oh", "like", "see"].contains(first) {
      words.removeFirst()
    }
    guard let subject = words.first, ["you", "u", "ya"].contains(subject) else { return false }
    let rest = words.dropFirst().drop { listenerAdverbs.contains($0) }
    guard let verb = rest.first, rest.startIndex > words.startIndex + 1 || verb != "know"
    else { return false }
    return listenerVerbs.contains(verb)
  }

  /// Whether a sentence says something of the listener: its subject, after the words that
  /// open it ("I mean", "well"), is "you", and its verb no modal ("you can't trust banks" is of
  /// anyone).
  static func isSaidOfTheListener(_ sentence: [Token]) -> Bool {
    var words = sentence.filter(\.isWord).map(\.lowercased)[...]
    while let first = words.first,
      ["i", "mean", "well", "oh", "like", "see", "so", "ok"].contains(first)
    {
      words.removeFirst()
    }
    guard let subject = words.first, ["you", "u"].contains(subject),
      let verb = words.dropFirst().first
    else { return false }
    return FunctionWords.auxiliary(verb)?.kind != .modal
  }

  /// Whether a sentence asks someone to do something: "Pass the potatoes, please." It claims
  /// nothing. A "please" that opens a sentence with a comma after it is a protest ("Please,
  /// that's nonsense"), not a request.
  static func isRequest(_ sentence: [Token]) -> Bool {
    let trimmed = BeliefReader.trimmed(sentence)
    if trimmed.last?.lowercased == "please" { return true }
    guard trimmed.first?.lowercased == "please", trimmed.count > 1 else { return false }
    return trimmed[1].kind != .punctuation
  }

  /// What a sentence that opens by pointing at something points at, reflected: "Look at what
  /// happened to translators" → "what happened to translators". Nil for any other sentence.
  static func pointedAt(_ sentence: [Token]) -> String? {
    var tokens = BeliefReader.trimmed(sentence)
    while let first = tokens.first,
      ["just", "well", "so", "but", "and", "dude", "bro", "man", "like"].contains(first.lowercased)
    {
      tokens.removeFirst()
    }
    let words = tokens.prefix(2).map(\.lowercased)
    guard let verb = words.first, let length = pointingVerbs[verb],
      length == 1 || words.dropFirst().first == (verb == "look" ? "at" : "about")
    else { return nil }
    let thing = BeliefReader.trimmed(Array(tokens.dropFirst(length)))
    // "Think about it" points at nothing new.
    guard thing.contains(where: { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) })
    else { return nil }
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(thing)).joinedText
  }

  /// What a sentence that opens with "like" gives as an example, reflected: "like vans of
  /// ballots turning up at midnight" → "vans of ballots turning up at midnight". Nil when what
  /// follows is a clause ("like the count was rigged", "like I said") or a pronoun.
  static func exampleGiven(_ sentence: [Token]) -> String? {
    let tokens = BeliefReader.trimmed(sentence)
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.first == "like", let second = words.dropFirst().first,
      !speakerAndListener.contains(second), !pronouns.contains(second),
      !DegreeWords.afterLike.contains(second),
      !words.dropFirst().contains(where: { FunctionWords.auxiliary($0) != nil })
    else { return nil }
    return quoted(Array(tokens.dropFirst()))
  }

  /// Pronouns that open a clause after "like": "like he said", "like it matters".
  static let pronouns: Set<String> = ["he", "she", "it", "we", "they", "that", "this", "there"]

  /// Whether a sentence that ends with a question mark is a statement all the same: it opens
  /// with neither an auxiliary nor a question word, has a verb, and is not about the listener
  /// ("You own bitcoin?" asks them something).
  static func isStatedWithAQuestionMark(_ sentence: [Token]) -> Bool {
    guard sentence.last?.hasQuestionMark == true else { return false }
    let trimmed = Array(BeliefReader.trimmed(sentence).prefix(sentenceWordLimit))
    guard let first = trimmed.first(where: \.isWord)?.lowercased,
      FunctionWords.auxiliary(first) == nil, !FunctionWords.questionWords.contains(first),
      let verb = ClauseParser.finiteVerbIndex(in: trimmed)
    else { return false }
    return !trimmed[..<verb].contains { ["you", "u"].contains($0.lowercased) }
  }

  /// Whether a sentence reports what someone else says or thinks: it opens with "according
  /// to", or a verb of saying or thinking follows a subject of a few words that is neither
  /// the speaker nor the listener ("My dad says …", "Grandpa always says …", "She thinks …",
  /// "People keep saying …").
  static func reportsAView(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    if words.starts(with: ["according", "to"]) { return true }
    guard let verb = words.prefix(6).firstIndex(where: reportingVerbs.contains), verb > 0,
      words.count > verb + 2
    else { return false }
    // A subject, not a clause: "If people told me …" is not reported speech; and "the news
    // said" or "a study claims" cites evidence.
    return !words[..<verb].contains { word in
      evidenceWords.contains(word) || speakerAndListener.contains(word) || word.hasPrefix("'")
        || FunctionWords.auxiliary(word) != nil || FunctionWords.subordinators.contains(word)
        || FunctionWords.coordinators.contains(word) || FunctionWords.questionWords.contains(word)
    }
  }

  /// Who holds the view a sentence reports, by the words before its verb of saying: "she" for
  /// "my mum says", "he" for "he reckons", "they" for anyone else or unclear.
  static func reportedSpeaker(in sentence: [Token]) -> ReportedSpeaker {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    let verb = words.prefix(6).firstIndex(where: reportingVerbs.contains) ?? min(words.count, 4)
    let before = words[..<verb]
    if before.contains(where: ReportedSpeaker.herWords.contains) { return .she }
    if before.contains(where: ReportedSpeaker.himWords.contains) { return .he }
    return .they
  }

  /// Whether a sentence opens by telling what someone of theirs says ("I mean my manager says
  /// …", "well my brother thinks …"): not when a clause opens it ("If people told me …"), nor
  /// when the words come late ("… more dangerous than people think").
  static func opensWithReportedSpeech(_ sentence: [Token]) -> Bool {
    let words = Array(sentence.filter(\.isWord).prefix(5))
    guard let first = words.first?.lowercased, !FunctionWords.subordinators.contains(first)
    else { return false }
    return PartnerCueMatcher.reportedSpeech.matches(words)
  }
}

/// Who holds a view they report, as the pronoun a question about it uses.
enum ReportedSpeaker: Sendable, Equatable {
  case she, he, they

  /// Words that name one woman: "she", "my mum", "nan" (`KinWords`).
  static let herWords: Set<String> = KinWords.women.union(["she"])
  /// Words that name one man: "he", "my dad", "grandad" (`KinWords`).
  static let himWords: Set<String> = KinWords.men.union(["he"])
}
