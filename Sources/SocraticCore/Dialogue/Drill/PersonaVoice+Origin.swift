/// How the persona tells the way it came to its belief: a story from the first reason (or
/// reply) not said yet, naming what the question asked about.
extension PersonaVoice {
  /// How it came to the belief, as a story told from the first reason (else reply) not said
  /// yet: seen for itself only when the line speaks of itself, else heard and read over years.
  /// A closed question ("Have you used these tools yourself?") gets it after a short answer.
  /// Its story names what the question asks about, else its subject: each persona tells it in
  /// its own words first (`Source.origin`), and in others when asked again.
  /// - Parameter about: the words of the question that name what it came to care about.
  func origin(said: Set<String>, isClosed: Bool, about: String? = nil) -> String {
    let opening = isClosed ? "Enough to know what I'm talking about. " : ""
    let told = [Source.reason, .reply].flatMap { source in lines.filter { $0.source == source } }
    // Its reasons all said, it tells how, with no reason said again.
    guard let line = told.first(where: { !said.contains($0.text) }) else {
      return opening + "It grew on me from what I saw around me, over years."
    }
    if Self.tellsOfOwnLife(line.text) {
      return opening + "It started with something I saw for myself: " + Self.runOn(line.text)
    }
    let stories = lines.filter { $0.source == .origin }
    let story = stories.first { !said.contains($0.text) } ?? stories[0]
    let subject = Self.named(about) ?? self.subject ?? "this"
    return opening + story.text.replacingOccurrences(of: Self.subjectSlot, with: subject)
      + Self.runOn(line.text)
  }

  /// Where a story names what it is about.
  static let subjectSlot = "{subject}"

  /// How it tells the way it came to a belief, before the line that stuck with it.
  static let originStories = [
    "There wasn't one moment. It built up from years of reading, listening and arguing about "
      + "{subject}, and what stuck with me was this: ",
    "Slowly. The more I followed {subject}, the clearer one thing got: ",
    "It came from watching {subject} for a long time. What settled it for me: ",
    "Bit by bit, from the news and from arguing about {subject} with people. The thing I kept "
      + "coming back to: ",
  ]

  /// A thing a question names, if it names one worth saying back: "Plenty?", "Lots?" or "the
  /// moment" name nothing to push back on or to have followed for years.
  static func named(_ thing: String?) -> String? {
    guard let thing, let head = thing.split(separator: " ").last.map({ $0.lowercased() }),
      !vagueHeads.contains(head), !FunctionWords.isFunctionWord(head)
    else { return nil }
    return thing
  }

  /// Words that name an amount, a time or nothing in particular, in the asker's own dialect
  /// too ("was it summat you read").
  private static let vagueHeads: Set<String> = [
    "plenty", "lots", "lot", "loads", "tons", "bunch", "number", "amount", "kind", "sort",
    "thing", "things", "stuff", "way", "ways", "one", "ones", "people", "anything", "been",
    "moment", "point", "time", "day", "bit", "summat", "something", "owt", "nowt", "place",
    "days", "week", "weeks", "month", "months", "year", "years", "ages",
  ]
}
