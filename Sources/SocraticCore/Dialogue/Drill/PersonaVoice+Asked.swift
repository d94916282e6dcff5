/// The persona's answers to what a question asks of it in person: a yes or no about its own
/// life, a leading question's claim, and how something would work.
extension PersonaVoice {
  /// A yes or no about its own life, answered honestly: yes with the line of its life the
  /// question speaks of, else no with the reason it goes on; an open second half ("like what
  /// got you invested?") is answered too, by how it came to the belief.
  func ownReply(_ question: PersonaQuestion, _ answer: PersonaQuestion.OwnAnswer, said: Set<String>)
    -> Reply
  {
    let lived = lines.first {
      [.reason, .reply].contains($0.source) && Self.tellsOfOwnLife($0.text)
        && !$0.topic.isDisjoint(with: question.topic) && !said.contains($0.text)
    }
    // Its own words speak of a stake in what is asked ("my savings"): never a "No" they
    // contradict.
    let stake = lived == nil ? self.stake(in: question, belief: ownClaim) : nil
    if question.asksMore {
      let story = origin(said: said, isClosed: false, about: question.thingPhrase)
      let isNo = lived == nil && stake == nil && !answer.agrees
      return Reply(text: (isNo ? answer.no : answer.yes) + ". " + story)
    }
    if let lived { return Reply(text: answer.yes + ": " + lived.text) }
    // What its belief says went well went well for it too: it says so, and that it is part of
    // why it holds the belief.
    if answer.agrees {
      return Reply(text: answer.yes + ". It's part of why I think \(ownClaim).")
    }
    if let stake {
      return Reply(
        text: answer.yes + ", and that's part of why this matters to me: " + Self.runOn(stake.text))
    }
    let reason = firstUnsaid([.reason, .reply], said: said)
    return Reply(
      text: answer.no + "." + (reason.map { " What I go on is this: " + $0.text } ?? ""))
  }

  /// A short, firm reply to a leading question, on what it pushed: the line of its own on the
  /// same thing, not said yet; never the asker's words said back, nor a reply that says nothing
  /// of what was pushed. Nil when it has no such line: a defence is said instead.
  func pushBack(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard question.pushed != nil else { return nil }
    // What it pushed is named by its things first ("managers"), then by any of its words.
    let named = [question.things, question.topic].lazy.compactMap(namedLine).first
    guard let line = named, !said.contains(line.text) else { return nil }
    return Reply(text: "Here's how I see it: " + Self.runOn(line.text))
  }

  /// How something would work, step by step: from its own line on it (the one the question
  /// names, else one that says who would do what, else a reason not said yet); only with none
  /// left does it admit it cannot lay that out, and it is shaken.
  func mechanism(_ question: PersonaQuestion, said: Set<String>) -> Reply {
    let own = lines.filter { [.reason, .reply].contains($0.source) && !said.contains($0.text) }
    // "How does hard work turn into success?" asks the way from one thing to another: two
    // lines put in order, the one that speaks of what was asked last; never one line said as if
    // it were the steps. Else its own line on what was asked, not said yet, comes first.
    let steps = chainedSteps(question, said: said, unsaid: own)
    if let steps, question.asksWayBetween { return steps }
    let named = namedLine(question.topic).flatMap { line in own.first { $0 == line } }
    if let named {
      return Reply(text: "I can't give you every step, but the heart of it for me: " + named.text)
    }
    if let steps { return steps }
    if let line = own.first(where: { Self.saysWhoDoesWhat($0.text) })
      ?? own.first(where: { $0.source == .reason })
    {
      return Reply(text: "I can't give you every step, but the heart of it for me: " + line.text)
    }
    // Its lines all said, the steps its reasons give, when they share the question's words.
    if let steps = stepsByTerms(question, said: said) { return steps }
    // Else it has none to go back to: it admits it has not thought it through.
    return Reply(
      text: "Honestly, I couldn't lay out the steps. I haven't thought it through that far.",
      isUnready: true)
  }

  /// Whether a line says who would do what: it has a modal of duty or of what would happen
  /// ("Managers would have to cut meetings").
  static func saysWhoDoesWhat(_ text: String) -> Bool {
    let words = Set(Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased))
    return !words.isDisjoint(with: ["would", "should", "must", "need", "needs", "could"])
  }
}

extension PersonaQuestion {
  /// Whether it asks the way from one thing to another: "how does X turn into Y", "lead to",
  /// "end up".
  var asksWayBetween: Bool {
    let words = key.split(separator: " ")
    return zip(words, words.dropFirst()).contains { pair in
      (["turn", "turns", "translate", "translates", "grow", "grows"].contains(pair.0)
        && pair.1 == "into")
        || (["lead", "leads", "get", "gets"].contains(pair.0) && pair.1 == "to")
        || (pair.0 == "end" && pair.1 == "up")
    }
  }

  /// Whether a closed question goes on to ask something open ("do you work in tech? like what
  /// got you invested"): a question word after its first words.
  var asksMore: Bool {
    let words = key.split(separator: " ")
    return words.dropFirst(2).contains { ["what", "how", "why"].contains($0) }
  }
}

extension PersonaVoice {
  /// Which of the examples a clarification offers it takes ("like licenses or something
  /// else?"), as the words that open its answer: the one its own words speak of, else the
  /// first beside a vague other ("Licenses, yes, that kind of thing."), else both when the
  /// second is offered as well ("… or small ones too?"); nil when none is offered.
  func choice(among question: PersonaQuestion) -> String? {
    guard let (first, second) = question.offered else { return nil }
    let own = spokenOf.union(beliefWords)
    func isOwn(_ option: [String]) -> Bool {
      !Set(option.map(TopicWords.lemma(of:))).isDisjoint(with: own)
    }
    func said(_ option: [String]) -> String {
      let text = option.joined(separator: " ")
      return text.prefix(1).uppercased() + text.dropFirst()
    }
    let secondIsVague = PersonaQuestion.vagueOptions.contains(second.joined(separator: " "))
    if secondIsVague || (isOwn(first) && !isOwn(second)) {
      return said(first) + ", yes, that kind of thing."
    }
    if isOwn(second) && !isOwn(first) { return said(second) + ", mainly." }
    return "Both, really."
  }
}

extension PersonaQuestion {
  /// Options that offer nothing in particular: "or something else?".
  static let vagueOptions: Set<String> = [
    "something else", "anything else", "other stuff", "other things", "something", "more",
    "what", "both", "neither", "whatever",
  ]

  /// Words around an option that say nothing of which it is.
  private static let optionFillers: Set<String> = [
    "only", "too", "also", "just", "as", "well", "or", "the", "a", "an", "like", "you", "mean",
  ]

  /// The two examples a question offers after "like", as words in lowercase: "licenses" and
  /// "something else" in "… like licenses or something else?"; nil when it offers none.
  var offered: ([String], [String])? {
    let words = key.split(separator: " ").map(String.init)
    guard let like = words.lastIndex(of: "like"),
      let or = words[like...].firstIndex(of: "or")
    else { return nil }
    let first = words[(like + 1)..<or].filter { !Self.optionFillers.contains($0) }
    let second = words[(or + 1)...].filter { !Self.optionFillers.contains($0) }
    guard (1...3).contains(first.count), (1...3).contains(second.count) else { return nil }
    return (Array(first), Array(second))
  }
}
