/// The persona's stories: of its own life, of someone it knows, or that it has none.
extension PersonaVoice {
  /// A story from its own life: a line that tells of it, not said yet, else the one it told;
  /// with none, not personally, and the line on what the question names ("Do you know anyone
  /// who was arrested?"), else how it came to the belief. Asked about someone who sees it the
  /// other way, what they say (`dissenterStory(said:)`).
  func story(_ question: PersonaQuestion, said: Set<String>) -> String {
    // Asked about someone who sees it the other way, it tells what they say.
    if question.asksAboutDissenter(belief: ownClaim) { return dissenterStory(said: said) }
    // Asked for one person ("one of them, a specific person"), it tells of one of the people
    // its lines speak of.
    if question.asksForPerson, let story = personStory(said: said) { return story }
    // A story about what its lines speak of is the case that backs them; one about things
    // none of its lines speak of gets no unrelated story of its own.
    if let matched = storyByTerms(question, said: said) { return matched }
    let asksOfOtherThings = !question.concreteThings.subtracting(subjectWords).isEmpty
    let told = lines.filter {
      !asksOfOtherThings && [.reason, .reply].contains($0.source) && Self.tellsOfOwnLife($0.text)
    }
    if let line = told.first(where: { !said.contains($0.text) }) {
      return "From my own life: " + Self.runOn(line.text)
    }
    // Something that happened to someone it knows, or a case it can name, is a story too.
    let heard = lines.filter {
      !asksOfOtherThings && [.reason, .reply].contains($0.source) && !said.contains($0.text)
        && Self.isCase($0.text)
    }
    if let line = heard.first(where: { Self.tellsOfSomeoneKnown($0.text) }) ?? heard.first {
      return "One comes to mind: " + Self.runOn(line.text)
    }
    // A line about a group of people it knows of is the story of one of them, when the
    // question asks of nothing but a person or a story.
    let others = question.concreteThings.subtracting(subjectWords)
      .subtracting(Self.storyFrameNouns).subtracting(Self.personFrameNouns)
    if others.isEmpty, let story = personStory(said: said) { return story }
    // With none left, it makes up none: it says so, and gives a reason instead, one not said
    // yet; what it told already it points back to, never as a story.
    let toldBefore = lines.contains {
      [.reason, .reply].contains($0.source) && said.contains($0.text)
        && (Self.tellsOfOwnLife($0.text) || Self.tellsOfSomeoneKnown($0.text))
    }
    // Asked about others ("someone you know"), it answers for them, not for itself; else it
    // says it has none, in words not said yet.
    let denials = (toldBefore ? [Self.noFurtherStory] : []) + Self.noStoryLines
    let denial =
      question.asksAboutOthers
      ? Self.noneKnownLines.first { !said.contains($0) } ?? Self.noneKnownLines[0]
      : denials.first { !said.contains($0) } ?? Self.noStoryLines[0]
    let named = namedLine(question.topic).flatMap { said.contains($0.text) ? nil : $0 }
    if let line = named ?? firstUnsaid([.reason, .reply], said: said) {
      return denial + " What I can tell you is this: " + Self.runOn(line.text)
    }
    return denial + " I go on the reasons I gave you."
  }

  /// How a reply that says no opens: a story it has not got.
  static let denialOpenings = ["No", "Not ", "Nothing", "I don't", "I can't"]

  /// The nouns a story of someone is asked for with ("a specific person").
  static let personFrameNouns: Set<String> = ["person", "individual", "someone", "one"]

  /// How it says it has no story of its own, in turn.
  static let noStoryLines = [
    "Nothing that happened to me personally.", "No, nothing from my own life comes to mind.",
    "I don't have a story of my own for that, honestly.",
  ]

  /// How it says, in turn, that it knows nobody it could tell of: a no first, then where it
  /// knows the matter from.
  static let noneKnownLines = [
    "Not to anyone close to me, no. I know it more from what I've read and heard.",
    "No, not personally. It's what I've read and seen reported that I go on.",
  ]

  /// How it says it has no story beyond the one it told.
  static let noFurtherStory = "No story beyond what I've already said, I'm afraid."
}

extension PersonaQuestion {
  /// Whether it asks for one person: "a specific person", "one of them", "their story".
  var asksForPerson: Bool {
    let words = key.split(separator: " ")
    return words.contains { ["person", "individual"].contains($0) }
      || zip(words, words.dropFirst()).contains { pair in
        (pair.0 == "of" && ["them", "those"].contains(pair.1))
          || (["their", "his", "her"].contains(pair.0) && pair.1 == "story")
      }
  }

  /// Whether it asks about people the persona knows ("someone you know"), not about itself.
  var asksAboutOthers: Bool {
    PersonaVoice.othersCues.contains { key.contains($0) }
  }
}
