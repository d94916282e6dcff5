/// The persona keeps to what a question names: a stock line ("Short answer: I still think …",
/// "Hm. I haven't really thought about that.") never answers a question about a thing.
extension PersonaVoice {
  /// A reply kept to the thing a question names: when the reply is a stock line that says
  /// nothing of it, a line of its own or of its side that speaks of it, after the thing said
  /// back ("Deepfakes? Fake videos …"); with none, that it knows little of it ("My local MP?
  /// Honestly, that's not something I know much about."), which shakes it, and its guess from
  /// a reason not given yet ("Still, I'd guess it's the same story: …"). A name is said back as a name, a
  /// common noun never bare ("Country?"); a yes or no about such a thing it has a line on is
  /// not sure, then gives that line. A yes or no about
  /// the belief itself gets a reason after its short answer. The other side put to it ("What
  /// about …?") gets the line on that thing too, when it has one.
  func keptToTopic(_ question: PersonaQuestion, _ reply: Reply, said: Set<String>) -> Reply {
    guard [.open, .closed].contains(question.form), question.termAsked == nil,
      question.ownAnswer == nil, !question.asksOwnView,
      !question.asksWhatItDoes || coreTerm(in: question) != nil,
      !Self.answeredByAim.contains(question.aim)
    else { return reply }
    let isStock = isStockLine(reply)
    guard isStock || question.aim == .counterPoint else { return reply }
    let asked = question.askedThings
    // "options" asks about its "alternatives": a line on either answers it.
    let askedOrKin = SameThingWords.widened(asked)
    let replyWords = TopicWords(reply.text).lemmas
    // A name: written with a capital, or a word no lexicon knows ("eu").
    let names = asked.filter { question.names.contains($0) || Lexicon.classes(of: $0).isEmpty }
    // A yes or no about a common thing ("Would a small army do?") is about its belief; only a
    // name ("Denmark", "my local MP") or an open question asks what it knows of the thing.
    let asksOfThing = question.form == .open || !names.isEmpty
    let hasLine =
      bestLine(for: askedOrKin, said: said, sources: lineSources(for: question)) != nil
    guard !asked.isEmpty, asksOfThing || hasLine else {
      // About the belief itself: a line on what it asks, else (to a yes or no) the short
      // answer and what it goes on.
      guard isStock, !reply.isUnready else { return reply }
      let named = bestLine(for: question.content, said: said, sources: lineSources(for: question))
      if question.form == .open {
        if let named { return Reply(text: named.text) }
        // "Who checks it?" asks who does what its belief leaves to someone: its belief said
        // again names no one.
        return question.asksWho ? whoAnswer(said: said) : reply
      }
      guard let line = named ?? firstUnsaid([.reason, .reply], said: said) else { return reply }
      return Reply(text: reply.text + " " + line.text)
    }
    guard replyWords.isDisjoint(with: askedOrKin) else { return reply }
    // Said back only when it can be said cleanly, as any phrase of the asker's (`isClean`).
    let echoed = names.isEmpty ? asked : names
    let echo =
      question.spokenPhrase(naming: echoed, withArticle: false).flatMap {
        Self.isClean($0) ? Self.capitalized(Self.properCased($0)) + "? " : nil
      } ?? ""
    if let line = bestLine(for: askedOrKin, said: said, sources: lineSources(for: question)) {
      // A common noun said back bare ("Country?" for "every country") reads as a stumble: a
      // name is said back, or a phrase ("The couriers?"); a yes or no about a bare common
      // thing gets that it can't be sure, before what it does know.
      if names.isEmpty, !echo.dropLast(2).contains(" ") {
        return Reply(
          text: question.form == .closed ? Self.notSure + Self.runOn(line.text) : line.text)
      }
      return Reply(text: echo + line.text)
    }
    guard isStock else { return reply }
    // A word of its own belief ("corruption" for "corrupt") is never a thing it knows little
    // of: it says what it means by it.
    if let term = coreTerm(in: question) { return meaning(of: term, said: said) }
    // Knowing little of the thing, it still answers about it: its reasons applied to it, the
    // one nearest the question first.
    let reasons = lines.filter { $0.source == .reason }
    let admitted = lines.filter { $0.source == .knowsLittle && said.contains($0.text) }.count
    let reason =
      [namedLine(question.topic), firstUnsaid([.reason, .reply], said: said)].compactMap { $0 }
      .first { !said.contains($0.text) }
      ?? (reasons.isEmpty ? nil : reasons[admitted % reasons.count])
    // A thing it named itself as the other side's point ("trains" in what others fear) is
    // theirs, never a thing it knows little of: it says so, and what it goes on, unshaken.
    // What it says back is what it is asked about: "FTX", not "my side" in "that's you arguing
    // my side. was FTX a one-off?".
    if let reason, echoed.isSubset(of: wordsOfOthersSaid(said)) {
      return Reply(text: echo + Self.othersPoint + Self.runOn(reason.text))
    }
    // A thing its own topic speaks of ("Russia" to a persona on sanctions), or that it brought
    // up itself in this drill ("donors" in what others on its side say), it follows: it answers
    // from its reasons, unshaken, never that it knows little of it. So are the people of
    // anyone's everyday life ("a parent", "the kids"): no one knows little of them.
    let known = packWords.union(wordsSaid(said))
    if let reason,
      asked.allSatisfy({ SameThingWords.isAmong($0, known) || ToldStory.isKnown($0) })
    {
      // A reason given already is pointed to, never said again in a new wrapper.
      guard !said.contains(reason.text) else { return Reply(text: echo + Self.followedReasons) }
      return Reply(text: echo + Self.followedStory + Self.runOn(reason.text))
    }
    let little = firstUnsaid([.knowsLittle], said: said)?.text ?? Self.knowsLittleLines[0]
    // Its guess is from a reason not given yet: one given already would only be said again.
    let fresh = reason.flatMap { said.contains($0.text) ? nil : $0 }
    let guess = fresh.map { " " + Self.sameStory + Self.runOn($0.text) } ?? ""
    return Reply(text: echo + little + guess, isUnready: true)
  }

  /// The word of its belief a question names, in any of its forms ("corruption" for
  /// "corrupt"): a word sharing all its letters but the last `coreEndingSlack`, and at least
  /// `coreStemLength` of them.
  /// Nil when the question names anything else, a name or a word that is only a noun
  /// ("the energy bitcoin uses"): that is what it asks about.
  func coreTerm(in question: PersonaQuestion) -> String? {
    func isForm(_ word: String, of term: String) -> Bool {
      let shared = zip(word, term).prefix { $0 == $1 }.count
      return shared >= Self.coreStemLength && shared >= term.count - Self.coreEndingSlack
    }
    let terms = beliefWords.sorted()
    let others = question.askedThings.filter { thing in !terms.contains { isForm(thing, of: $0) } }
    guard question.names.isEmpty,
      others.allSatisfy({ Lexicon.classes(of: $0).contains(.verb) })
    else { return nil }
    let asked = question.words.filter(\.isWord).map(\.lowercased)
    return terms.first { term in asked.contains { isForm($0, of: term) } }
  }

  /// The fewest letters a word of the belief is found by in another form of it.
  static let coreStemLength = 5
  /// How many of its last letters another form of a word may change ("independen|t|ce").
  static let coreEndingSlack = 2

  /// What opens its reasons applied to a thing it knows little of.
  static let sameStory = "Still, I'd guess it's the same story: "

  /// What opens its reasons applied to a thing its topic speaks of.
  static let followedStory = "It's the same story there, as I see it: "

  /// What it says of a thing its topic speaks of, with the reason that fits it given already.
  static let followedReasons =
    "I'd guess it's the same story there, for the reasons I've given you."

  /// What it says of a thing it named as the other side's point, before its own.
  static let othersPoint = "That's what people who see it differently point to. As I see it: "

  /// The words of what it said others hold.
  func wordsOfOthersSaid(_ said: Set<String>) -> Set<String> {
    words(of: [.others], said: said)
  }

  /// The words of every line it has said that speaks of something: its reasons and replies,
  /// what would change its mind ("donors" in "I'd change my mind if … their donors"), what
  /// others on its side say and what the other side says. What it brought up is something it
  /// knows about.
  func wordsSaid(_ said: Set<String>) -> Set<String> {
    words(of: [.reason, .reply, .changeOfMind, .kindred, .others], said: said)
  }

  /// The words of the lines of some sources it has said.
  private func words(of sources: [Source], said: Set<String>) -> Set<String> {
    lines.filter { sources.contains($0.source) && said.contains($0.text) }
      .reduce(into: []) { $0.formUnion(TopicWords($1.text).lemmas) }
  }

  /// The words its topic and its own lines speak of: the pack's keywords, its belief, its
  /// reasons and replies.
  var packWords: Set<String> { subjectWords.union(spokenOf).union(beliefWords) }

  /// A phrase with each word that the lexicon knows only as a name ("rwanda", "london")
  /// written with a capital, as a name is, however it was typed.
  static func properCased(_ phrase: String) -> String {
    phrase.split(separator: " ", omittingEmptySubsequences: false).map { word in
      let classes = Lexicon.classes(of: word.lowercased())
      // "banks" typed in lowercase is the plural of a common noun, though a Banks is a name.
      let isName =
        classes.contains(.properSense) && classes.isDisjoint(with: [.verb, .adjective, .adverb])
        && Lexicon.singular(of: word.lowercased()) == nil
      return isName ? capitalized(String(word)) : String(word)
    }.joined(separator: " ")
  }

  /// The aims answered by lines of their own: a story, how it came to the belief, its own
  /// life, whom it trusts, how something works.
  private static let answeredByAim: [PersonaQuestion.Aim?] = [
    .story, .origin, .ownLife, .ownTime, .ownThings, .trust, .mechanism, .example, .source,
    .reading,
    .condition,
    .checking,
    .extent, .counterCase, .shortfall, .comparison,
  ]

  /// How it says it knows little of a thing, in turn.
  static let knowsLittleLines = [
    "Honestly, that's not something I know much about.",
    "I don't know much about that, to be honest.",
    "That's outside what I've followed, honestly.",
  ]

  /// Whether a reply is a stock line that could answer any question: a short answer, that it
  /// has no answer ready, that it has said all it has, or its belief said again.
  func isStockLine(_ reply: Reply) -> Bool {
    let stock = lines.filter { [.shortAnswer, .unready, .meaning].contains($0.source) }
    return stock.contains { $0.text == reply.text } || Self.usedUpLines.contains(reply.text)
      || Self.nothingToAdd.contains(reply.text)
      || (reply.text.hasPrefix("Short answer: ") && restatesClaim(key: Self.key(of: reply.text)))
  }

  /// The line not said yet of these sources that shares most of some words, if one shares any:
  /// its own before its side's on a tie; never a line that asks back.
  func bestLine(for words: Set<String>, said: Set<String>, sources: [Source]) -> Line? {
    var best: (line: Line, shared: Int)?
    for source in sources {
      // A line that asks back ("where would they go?") answers no question about a thing.
      for line in lines
      where line.source == source && !said.contains(line.text) && !line.text.hasSuffix("?") {
        let shared = line.topic.intersection(words).count
        if shared > (best?.shared ?? 0) { best = (line, shared) }
      }
    }
    return best?.line
  }

  /// A phrase with its first letter a capital, to open a sentence.
  static func capitalized(_ phrase: String) -> String {
    phrase.prefix(1).uppercased() + phrase.dropFirst()
  }
}

extension PersonaQuestion {
  /// The things it asks about, which a reply must speak of: its things that name something
  /// worth saying back; a word that is an adjective as well only after an article or "about"
  /// ("about gold"), never said of something ("fair" in "Is that fair?").
  /// A noun with a clause of the persona's own after it ("the story you trusted most", "the
  /// source you rely on") asks about its own, never about a thing it could know little of.
  var askedThings: Set<String> {
    things.filter { lemma in
      guard PersonaVoice.named(phrase(naming: [lemma])) != nil else { return false }
      if let at = words.firstIndex(where: { TopicWords.lemma(of: $0.lowercased) == lemma }),
        at + 1 < words.count, Self.ownClauseSubjects.contains(words[at + 1].lowercased)
      {
        return false
      }
      guard Lexicon.classes(of: lemma).contains(.adjective), !names.contains(lemma) else {
        return true
      }
      let at = words.firstIndex { TopicWords.lemma(of: $0.lowercased) == lemma }
      let before = at.flatMap { $0 > 0 ? words[$0 - 1].lowercased : nil }
      return before.map(Self.beforeAThing.contains) ?? false
    }
  }

  /// Subjects that open a clause of the persona's own after a noun: "you" in "the story you
  /// trusted".
  static let ownClauseSubjects: Set<String> = ["you", "u", "ya", "youve", "youd", "youre"]

  /// Words after which a word that may be an adjective names a thing.
  static let beforeAThing: Set<String> = [
    "the", "a", "an", "my", "your", "his", "her", "their", "our", "about", "of",
  ]

  /// The words that name the first of some things, as the persona says them: "your" as "my"
  /// ("my local MP" for "your local MP"), and a lone singular noun with "the" ("the system",
  /// never "about system"); nil when it names none of them.
  /// - Parameter withArticle: whether a lone singular noun gets "the" (not when said back alone,
  ///   "Gold?").
  func spokenPhrase(naming lemmas: Set<String>, withArticle: Bool = true) -> String? {
    guard let phrase = phrase(naming: lemmas),
      let at = words.firstIndex(where: { lemmas.contains(TopicWords.lemma(of: $0.lowercased)) })
    else { return nil }
    let length = phrase.split(separator: " ").count
    let first = phrase.split(separator: " ").first.map { $0.lowercased() } ?? ""
    let start = nameEnd(from: at) + 1 - length
    if start > 0, let own = Self.ownedBy[words[start - 1].lowercased],
      !Self.determiners.contains(first)
    {
      return own + " " + phrase
    }
    // A lone common noun in the singular, with no word before it that says which.
    let head = words[at]
    let lemma = TopicWords.lemma(of: head.lowercased)
    let isSingular = lemma == head.lowercased && !head.isCapitalized
    let isCommon = Lexicon.classes(of: lemma).contains(.noun) && !namedThings.contains(lemma)
    if withArticle, isSingular, isCommon, length == 1 { return "the " + phrase }
    return phrase
  }

  /// Possessives a question says of the persona, as the persona says them.
  static let ownedBy: [String: String] = ["your": "my", "yours": "mine", "my": "your"]

  /// Words that say which thing a noun names.
  static let determiners: Set<String> = [
    "the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "that", "these",
    "those", "some", "any", "every", "each",
  ]
}

extension PersonaVoice {
  /// Where a line about what a question names may come from: its own reasons and replies, and
  /// what others on its side say. A question about its belief's own thing ("a country gets
  /// sanctioned, then what?") is answered from its own lines only: another belief's lines on
  /// a word they share ("countries") would take it off its belief.
  func lineSources(for question: PersonaQuestion) -> [Source] {
    let asked = TopicWords(question.key, isQuestion: true).lemmas
    let asksOfBelief = asked.contains { word in
      beliefWords.contains { $0 == word || ReflectionFit.sharesRoot($0, word) }
    }
    return asksOfBelief ? [.reason, .reply] : [.reason, .reply, .kindred]
  }
}
