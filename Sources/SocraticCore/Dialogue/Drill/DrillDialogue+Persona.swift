/// The drill's persona: the topic menu, the belief chosen by the seed, and the voice it takes on.
extension DrillDialogue {
  /// Takes on a persona: its belief, confidence and voice.
  mutating func adopt(_ persona: SessionEvent.Persona) {
    state.persona = persona
    state.confidence = persona.confidence
    state.phase = .asking
    let pack = persona.pack.flatMap { setting.library.pack(id: $0) }?.pack
    let belief = pack?.beliefs.first { $0.text == persona.belief }
    voice = PersonaVoice(
      persona: persona, replies: belief?.replies ?? [],
      terms: setting.termFinder.terms(in: persona.claim ?? persona.belief),
      keywords: pack?.keywords ?? [],
      counters: pack.map { Self.counters(to: persona.belief, side: belief?.side, in: $0) } ?? [],
      // A pack with no keywords ("General") has no one subject for its story to name.
      subject: pack.flatMap { $0.keywords.isEmpty ? nil : Self.inSentence($0.title) },
      kindred: pack.map { Self.kindred(to: persona.belief, side: belief?.side, in: $0) } ?? [])
  }

  /// A title as said inside a sentence: "Crypto" as "crypto", "AI regulation" as it is.
  static func inSentence(_ title: String) -> String {
    let second = title.dropFirst().first
    return second?.isUppercase == true ? title : title.prefix(1).lowercased() + title.dropFirst()
  }

  /// What those who disagree with a belief say: the reasons of its pack's beliefs on the other
  /// side that speak of its matter, those of the belief that shares most words with it first.
  static func counters(to belief: String, side: BeliefSide?, in pack: TopicPack) -> [String] {
    guard let side else { return [] }
    let others = pack.beliefs.filter { $0.side != nil && $0.side != side }
    return nearest(to: belief, among: others).flatMap(\.reasons)
  }

  /// What others on a belief's side say: the reasons and replies of its pack's other beliefs
  /// on that side, those of the belief that shares most words with it first.
  static func kindred(to belief: String, side: BeliefSide?, in pack: TopicPack)
    -> [PersonaVoice.KindredBelief]
  {
    guard let side else { return [] }
    let others = pack.beliefs.filter { $0.side == side && $0.text != belief }
    return nearest(to: belief, among: others).map {
      PersonaVoice.KindredBelief(text: $0.text, lines: $0.reasons + $0.replies)
    }
  }

  /// The beliefs that share words with a belief (in their text, reasons and replies), those
  /// that share most first, else in the pack's order. One that shares none speaks of another
  /// matter ("Social media …" beside "Success is mostly luck"): it is no view on this one; nor
  /// is one that shares a single word, and that outside its own text ("people without power
  /// can now be heard", of social media, beside "Nuclear power is too dangerous").
  private static func nearest(to belief: String, among others: [PackBelief]) -> [PackBelief] {
    let words = TopicWords(belief).lemmas
    let shared = others.map { other in
      TopicWords(([other.text] + other.reasons + other.replies).joined(separator: " ")).lemmas
        .intersection(words).count
    }
    let speaksOfIt = others.indices.map { index in
      shared[index] > 1 || !TopicWords(others[index].text).lemmas.isDisjoint(with: words)
    }
    return others.indices.filter { shared[$0] > 0 && speaksOfIt[$0] }
      .sorted { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : $0 < $1 }
      .map { others[$0] }
  }

  /// The packs the menu offers: those with sample beliefs.
  var packsWithBeliefs: [LoadedPack] {
    setting.library.packs.filter { !$0.pack.beliefs.isEmpty }
  }

  /// The menu: every pack with beliefs, then any topic.
  var topicChoices: [TopicChoice] {
    let packs = packsWithBeliefs
    return packs.enumerated().map { index, entry in
      TopicChoice(number: index + 1, id: entry.pack.id, title: entry.pack.title)
    } + [TopicChoice(number: packs.count + 1, id: nil, title: "Any topic")]
  }

  mutating func chooseTopic(_ line: String) -> DialogueStep {
    let typed = Substring(line).trimmingWhitespace.lowercased()
    let choices = topicChoices
    let choice =
      Int(typed).flatMap { number in choices.first { $0.number == number } }
      ?? choices.first { $0.id == typed || $0.title.lowercased() == typed }
    guard let choice else {
      let ids = choices.compactMap(\.id)
      var message = "Type a number from 1 to \(choices.count) to choose a topic"
      if let id = ids.first { message += ", or a topic's id such as \(id)" }
      message += "."
      if let closest = Suggestion.closest(to: typed, among: ids) {
        message = "There is no topic '\(typed)'. Did you mean \(closest)? " + message
      }
      return DialogueStep(outputs: [.notice(message, tone: .problem)])
    }
    choosePersona(
      among: choice.id.flatMap { setting.library.pack(id: $0) }.map { [$0] }
        ?? packsWithBeliefs)
    // The header has no topic when it comes from the menu: the persona's pack is logged as it.
    state.isTopicFromMenu = true
    return DialogueStep(outputs: introduction())
  }

  /// Chooses the persona's belief among the packs' sample beliefs, and its confidence from 70
  /// to 85, both by the seed. It is logged with the session's first event.
  mutating func choosePersona(among packs: [LoadedPack]) {
    let beliefs = packs.flatMap { entry in entry.pack.beliefs.map { (entry.pack.id, $0) } }
    guard !beliefs.isEmpty else { return }
    var generator = SplitMix64(setting.seed ^ 0x5DEE_CE66_D1CE_4E5B)
    let (pack, belief) = beliefs[Int(generator.next() % UInt64(beliefs.count))]
    let confidence = 70 + Int(generator.next() % 16)
    let analysis = try? setting.engine.analyze(belief.text)
    let reasons = belief.reasons.isEmpty ? PersonaVoice.reasons(for: belief.text) : belief.reasons
    adopt(
      SessionEvent.Persona(
        belief: belief.text, claim: analysis?.claim, inverted: analysis?.inverted,
        confidence: confidence, reasons: reasons, pack: pack))
  }
}
