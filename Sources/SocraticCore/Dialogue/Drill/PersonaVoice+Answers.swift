/// The persona's answers to questions that ask for one thing whatever their kind: a yes or no
/// about a fact, a case or a source of something it said, more detail of something it said, how
/// it came to the belief, and what it says to a reflection.
extension PersonaVoice {
  /// A reply kept to what a question names: a question about a thing no line of its own speaks
  /// of ("Which rivals, China?") gets that it knows little of that thing, and the line nearest
  /// the question, and it is shaken; never a line that ignores what was asked.
  func keptTo(_ question: PersonaQuestion, _ reply: Reply, said: Set<String>) -> Reply {
    // Inversion, implications, assumptions and the question itself are answered by lines
    // made for any thing; the other side and a change have answers of their own.
    let isBlank = lines.contains { $0.source == .unready && $0.text == reply.text }
    // A term asked about is answered by what it means, whatever else the question names.
    // A question about its own view ("what would you say to someone whose …") names no thing
    // it could know little of.
    guard [.open, .closed].contains(question.form), !reply.isUnready || isBlank,
      question.ownAnswer == nil, question.termAsked == nil, !question.asksOwnView,
      !question.asksWhatItDoes || coreTerm(in: question) != nil,
      ![
        .origin, .reading, .counterPoint, .hypothesis, .opposition, .exception, .story, .trust,
        .ownLife, .ownTime, .ownThings,
        .condition, .checking, .extent, .counterCase, .shortfall, .comparison,
      ].contains(question.aim),
      [.clarification, .evidence, nil].contains(question.kind)
    else { return reply }
    // A word of its own belief in another form is no thing it knows little of.
    if coreTerm(in: question) != nil { return reply }
    // What it brought up itself ("FTX" as the other side's point) is no thing it knows little
    // of.
    let new = question.namedThings.subtracting(subjectWords).subtracting(spokenOf)
      .subtracting(wordsSaid(said))
    guard !new.isEmpty, TopicWords(reply.text).lemmas.isDisjoint(with: question.things),
      let thing = question.spokenPhrase(naming: new)
    else { return reply }
    // A phrase it cannot say back cleanly ("a government dept" half read) is not named.
    let named = Self.isClean(thing) ? Self.properCased(thing) : "that"
    // What it says instead is a line not said yet: never an earlier answer word for word.
    let near =
      namedLine(question.topic).flatMap { said.contains($0.text) ? nil : $0 }
      ?? lines.first { $0.source == .reason && !said.contains($0.text) }
    let instead = near.map { " \u{2014} what I'd say is that " + Self.runOn($0.text) } ?? "."
    return Reply(
      text: "I don't know much about \(named) specifically" + instead,
      isUnready: true)
  }

  /// Whether a phrase of the asker's can be said back as it stands: none of its words is an
  /// abbreviation typed short ("a council dept") or a word mistyped ("genuinly"), which said
  /// back would read half read. A word the lexicon knows ("no"), a name ("St Ives") and a
  /// short one typed in lowercase, as initials are ("eu", "nhs"), are no such thing.
  static func isClean(_ phrase: String) -> Bool {
    !phrase.split(separator: " ").contains { word in
      let lower = word.lowercased()
      guard word.first?.isLowercase == true, !FunctionWords.isFunctionWord(lower),
        !Lexicon.isKnown(lower)
      else { return false }
      return SentenceSplitter.abbreviations.contains(lower) || lower.count > initialsLength
    }
  }

  /// The most letters a word unknown to the lexicon may have and still be said back, as the
  /// initials typed in lowercase that it may be ("eu", "nhs", "ftx").
  static let initialsLength = 4

  /// The one reason that shares most of some words, if one shares more than any other.
  func reasonNamed(by words: Set<String>) -> Line? {
    let ranked = lines.filter { $0.source == .reason }
      .map { (line: $0, shared: $0.topic.intersection(words).count) }
      .sorted { $0.shared > $1.shared }
    guard let best = ranked.first, best.shared > 0,
      ranked.dropFirst().first.map({ $0.shared < best.shared }) ?? true
    else { return nil }
    return best.line
  }

  /// What opens a line not said yet, to a yes or no about a line said already.
  static let notSure = "I can't be sure of that. What I do know is that "

  /// A yes or no about a line said already: that it can't be sure, and a line not said yet;
  /// with none left, that it has no more to go on (it is shaken).
  func notSure(said: Set<String>) -> Reply {
    guard let line = firstUnsaid([.reason, .reply], said: said) else {
      return Reply(text: Self.notSureAtAll, isUnready: true)
    }
    return Reply(text: Self.notSure + Self.runOn(line.text))
  }

  /// What it says to a yes or no about a line said already, with no other line to give.
  static let notSureAtAll = "I can't be sure of that, honestly. I've told you what I go on."

  /// A closed question it can answer yes or no, with one line after: about an exception to
  /// its belief ("Was there ever …?"), a case or a source it is asked for, or itself ("Have you
  /// …?"). Nil for any other closed question.
  /// - Parameter saidSentences: everything it has said (`PersonaVoice.key(of:)`).
  func closedAnswer(
    _ question: PersonaQuestion, said: Set<String>, lastReply: String?,
    facts: OwnFacts = OwnFacts(), saidSentences: Set<String> = []
  ) -> Reply? {
    // "Do you remember a time …?" asks for the story, not for a yes.
    // "Do you know any yourself?" is answered yes or no first, then with the one it knows.
    if question.aim == .story {
      let told = story(question, said: said)
      let isDenial = Self.denialOpenings.contains { told.hasPrefix($0) }
      return Reply(text: question.asksAboutOthers && !isDenial ? "Yes. " + told : told)
    }
    // "Do you trust them to get it right?" asks what it is to the persona, not for a yes.
    if question.aim == .trust { return personal(question, said: said) }
    // A price put on the belief, or whether it checked what it said, is answered as asked:
    // never as a yes or no about its own life.
    if question.aim == .condition { return conditionAnswer(question, said: said) }
    // "Would anything change it for you?" is answered with what would, as the open question.
    if question.asksWhetherAnythingWouldChange,
      let line = firstUnsaid([.changeOfMind], said: said)
    {
      return Reply(text: line.text)
    }
    if question.aim == .checking { return checkingAnswer(said: said, lastReply: lastReply) }
    if question.aim == .extent { return extentAnswer(question) }
    if question.aim == .counterCase { return counterCaseAnswer(question, said: said) }
    if question.aim == .shortfall { return shortfallAnswer(said: said) }
    if question.aim == .weighing { return Reply(text: weighed(question, said: said)) }
    if let answer = question.ownAnswer {
      return ownReply(question, answer, said: said, facts: facts)
    }
    if [.ownLife, .ownTime, .ownThings].contains(question.aim) {
      return personal(question, said: said, facts: facts, saidSentences: saidSentences)
    }
    switch question.aim {
    case .example?, .source?:
      return instance(question, said: said, lastReply: lastReply)
    case .mechanism?: return mechanism(question, said: said)
    case .exception?:
      // Each of its ways of granting an exception once a drill: then the short answer.
      guard let grant = firstUnsaid([.exception], said: said) else { return nil }
      let line = firstUnsaid([.reason, .reply], said: said)
      return Reply(text: grant.text + (line.map { ": " + Self.runOn($0.text) } ?? "."))
    default:
      return nil
    }
  }

  /// A case or the source of what a question is about (a reason or a reply it names, else the
  /// one said last): the evidence of a reason, not said yet; else it admits it has none and is
  /// shaken. Nil when the question is about no line of its own.
  func instance(_ question: PersonaQuestion, said: Set<String>, lastReply: String?) -> Reply? {
    let spoken = lines.filter { [.reason, .reply].contains($0.source) }
    let last = lastReply.map(lines(in:)) ?? []
    guard
      let about = namedLine(question.topic) ?? spoken.first(where: { last.contains($0.text) })
    else {
      // A case of the belief itself: a named one, else none, and what it can say instead; a
      // source of it, none.
      guard question.aim == .example else {
        return noCase(question, instead: firstUnsaid([.reason, .reply], said: said))
      }
      return namedCase(said: said) ?? namedAlready(said: said)
        ?? noCase(question, instead: firstUnsaid([.reason, .reply], said: said))
    }
    let backing = [evidence[about.text], about].compactMap { $0 }.first {
      !said.contains($0.text)
    }
    // A case is a named one ("Argentina") or its own: a line that is neither is what it can say
    // instead.
    if let backing, question.aim != .example || Self.isCase(backing.text) {
      return Reply(text: (backing.text == about.text ? "" : "For one: ") + backing.text)
    }
    if question.aim == .example {
      // A named case it has not given comes first, whichever reason it backs: "another
      // example?" is never met with one it gave.
      if let named = namedCase(said: said) { return named }
      // Else the line asked about names its cases itself ("trains, radio and computers"):
      // it has no other; asked for a case of the belief itself ("an example of a past
      // panic"), the ones it gave already.
      if Self.isCase(about.text), said.contains(about.text) { return pointedBack(to: about) }
      if question.topic.isEmpty, let named = namedAlready(said: said) { return named }
    }
    return noCase(question, instead: backing)
  }

  /// What it has read on the matter as a whole ("What have you been reading about it?"): the
  /// evidence behind its first reason whose evidence is not said yet, never a source it lacks;
  /// with none left, what it has told already is all it has.
  func reading(said: Set<String>) -> Reply {
    let backing = lines.filter { $0.source == .reason }.compactMap { evidence[$0.text] }
      .first { !said.contains($0.text) }
    return Reply(text: backing.map { Self.readingOpening + $0.text } ?? Self.readAll)
  }

  /// What it says asked what it has read, with all it has read told already.
  static let readAll = "Nothing I haven't told you already, honestly."

  /// What opens the evidence it gives to a question about what it has read.
  static let readingOpening = "Bits here and there, nothing I could point you to. What stuck: "

  /// That it has no case or no source to give, with a line it can say instead, if any: it is
  /// shaken.
  private func noCase(_ question: PersonaQuestion, instead: Line?) -> Reply {
    let admission =
      question.aim == .source
      ? "Honestly, I couldn't point you to a source. It's what I've picked up over the years."
      : "Honestly, I can't name one off the top of my head."
    let rest = instead.map { " What I can say is this: " + Self.runOn($0.text) } ?? ""
    return Reply(text: admission + rest, isUnready: true)
  }

  /// A reply (else a reason) not said yet that names a case ("Argentina"), as an example of
  /// its belief.
  private func namedCase(said: Set<String>) -> Reply? {
    [Source.reply, .reason].lazy.compactMap { source in
      self.lines.first {
        $0.source == source && !said.contains($0.text) && Self.isCase($0.text)
      }
    }.first.map { Reply(text: "For one: " + $0.text) }
  }

  /// A case it gave already ("trains, radio and computers"), pointed back to.
  private func namedAlready(said: Set<String>) -> Reply? {
    lines.first {
      [.reason, .reply].contains($0.source) && said.contains($0.text) && Self.isCase($0.text)
    }.map(pointedBack(to:))
  }

  /// A case it gave already, asked for again: it has no other, and says so honestly rather
  /// than say the case again ("Those I named: …" would be a line said twice).
  private func pointedBack(to line: Line) -> Reply {
    Reply(
      text: Self.tellsOfSomeoneKnown(line.text) || Self.tellsOfOwnLife(line.text)
        ? Self.noOtherOwnCase : Self.noOtherCase)
  }

  /// What it says asked for a case again, with the one of its own life given already.
  static let noOtherOwnCase =
    "The one I told you is the one I know first-hand; I can't think of another, honestly."

  /// What it says asked for a case again, with the ones it named given already.
  static let noOtherCase = "Beyond the ones I named, I can't think of one, honestly."

  /// Whether a line gives a case: it names something, lists things ("trains, radio and
  /// computers"), tells of the persona's own life ("I have sent money this way myself"; not
  /// "tell me …") or of someone it knows ("My aunt already said she might not come").
  static func isCase(_ text: String) -> Bool {
    namesSomething(text) || tellsOfOwnLife(text) || tellsOfSomeoneKnown(text)
      || (text.contains(", ") && (text.contains(" and ") || text.contains(" or ")))
  }

  /// Whether a line tells of the persona's own life ("I have sent money this way myself", "I
  /// saw it happen"): it says "myself", or "I" before what it did or has done; "tell me …"
  /// does not, nor "my savings", which it did not see, nor "people I know", which tells of no
  /// event.
  static func tellsOfOwnLife(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    return words.indices.contains { index in
      if words[index] == "myself" { return true }
      guard words[index] == "i", index + 1 < words.count else { return false }
      let next = words[(index + 1)...].first { !FunctionWords.verbAdverbs.contains($0) } ?? ""
      return ["have", "had", "'ve", "'d", "was"].contains(next)
        || Lexicon.verbReadings(of: next).contains { $0.form == .past }
    }
  }

  /// Whether a line names something: a word with a capital after its first word, or a number.
  /// (A name that opens the line, "Sweden …", is not told from any other first word.)
  private static func namesSomething(_ text: String) -> Bool {
    Tokenizer.tokenize(text).dropFirst().contains {
      $0.isWord && ($0.isCapitalized || $0.text.first?.isNumber == true)
    }
  }

  /// More of what a question is about: a reason or a reply not said yet that shares its words;
  /// else that it does not know the details, which shakes it.
  func detail(_ question: PersonaQuestion, said: Set<String>) -> Reply {
    detail(question.topic, said: said)
  }

  /// More about some words: a reason or a reply not said yet that shares most of them, at
  /// least `least`; else that it does not know the details.
  func detail(_ words: Set<String>, said: Set<String>, least: Int = 1) -> Reply {
    var best: (line: Line, shared: Int)?
    for line in lines where [.reason, .reply].contains(line.source) && !said.contains(line.text) {
      let shared = line.topic.intersection(words).count
      if shared >= least, shared > (best?.shared ?? 0) { best = (line, shared) }
    }
    if let best { return Reply(text: best.line.text) }
    return Reply(text: Self.noDetails, isUnready: true)
  }

  /// How it grants that there may be an exception, without being moved by it.
  static let exceptionGrants = [
    "Maybe at the very edges, but not enough to change my mind",
    "There may be the odd case, but it doesn't shake the general point",
    "Perhaps in a narrow case or two, but that's the exception, not the rule",
    "One or two, perhaps, but not in a way that changes what I think",
  ]

  /// The first line of these sources not said yet.
  func firstUnsaid(_ sources: [Source], said: Set<String>) -> Line? {
    sources.lazy.flatMap { source in self.lines.filter { $0.source == source } }
      .first { !said.contains($0.text) }
  }

  /// Its guess at a change it has not thought through whose reason it has not given yet, in
  /// any line: "I can't say for sure what would happen then. What I do know is that …".
  func freshGuess(said: Set<String>) -> String? {
    let reasons = lines.filter { $0.source == .reason }
    let guesses = lines.filter { $0.source == .guess }
    return zip(reasons, guesses).first { reason, guess in
      !said.contains(reason.text) && !said.contains(guess.text)
    }?.1.text
  }

  /// What it says when asked for more than it knows of something it said.
  static let noDetails = "Hm, I don't actually know the details."

}
