/// Offers and invitations put as questions: "want a brew?", "milk and one sugar?", "fancy a
/// pint friday?", "would you like to come round sunday?", "shall I pick you up?". They ask
/// nothing of the person's views and presume nothing: the person takes them or leaves them,
/// so they are fine as they are, with no rewrite.
///
/// An offer names a thing people offer one another (`offeredThings`) after a wish ("want",
/// "need", "would you like"), or alone with no verb ("tea or coffee?"); an invitation opens
/// with "fancy", or wishes to join in ("want to come …?", "want to ring her together?"); the
/// asker offers a hand with "shall I" or "can I" and a verb of doing for them ("get you", "put
/// the kettle on"), or proposes doing something with them ("shall we …", "how about we …").
/// "Do you like coffee?" asks a taste, and "Do you want a divorce?" names nothing offered:
/// neither is one.
enum OfferRules {
  /// Whether the question proper is an offer or an invitation and nothing more.
  static func isOffer(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard !words.isEmpty, words.count <= maximumWords else { return false }
    if let lead = askerLeads.first(where: { words.starts(with: $0) }) {
      // "can I get you one?", "shall I put the kettle on?", "can I help?"; not "can I put it
      // another way?", which offers nothing of theirs.
      let rest = words.dropFirst(lead.count)
      return rest.first.map(helpingVerbs.contains) == true
        && (rest.first == "help" || rest.contains(where: forThePerson.contains))
    }
    // "shall we get a takeaway?", "how about we just ring her?": a plan of both of them, put to
    // them to take or change.
    // One with a second option is judged by its options ("shall we start or just moan again?").
    if let lead = proposalLeads.first(where: { words.starts(with: $0) }), !words.contains("or") {
      // "shall we just admit you were wrong?" presses a concession, dressed as a plan.
      let verb = words.dropFirst(lead.count).first { !proposalSofteners.contains($0) }
      return verb.map {
        !concedingVerbs.contains($0) && Lexicon.verbReadings(of: $0).contains { $0.form == .base }
      } ?? false
    }
    if let lead = wishLeads.first(where: { words.starts(with: $0) }) {
      let rest = words.dropFirst(lead.count)
      // "fancy a pint?", "fancy coming for a walk?": fancy invites whatever follows.
      if lead.last == "fancy" { return rest.first.map { !people.contains($0) } ?? false }
      // "what about a cuppa?", "how about some toast?": the thing offered comes straight
      // after; "how about giving her a hand?" and "what about the lunch cuts?" offer nothing.
      if lead.last == "about" {
        return rest.drop(while: offeringDeterminers.contains).first.map(offeredThings.contains)
          ?? false
      }
      if rest.contains(where: offeredThings.contains) { return true }
      // "want to come round?", "wanna join us?", "want to ring her together?": joining in.
      let verb = rest.first == "to" ? rest.dropFirst().first : rest.first
      return verb.map(joiningVerbs.contains) == true || rest.contains("together")
    }
    // "milk two sugars?", "tea or coffee?": things on offer, and nothing else but amounts.
    return words.contains(where: offeredThings.contains)
      && words.allSatisfy { offeredThings.contains($0) || amounts.contains($0) }
  }

  /// Whether the question proper is the asker's own offer said as a statement with a question
  /// mark: "i could do tuesdays?", "we can meet at yours?", "i'll drive?". It puts the asker's
  /// time or a hand forward for the person to take or change; "i could be wrong?" offers
  /// nothing.
  static func isOwnOffer(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard words.count <= maximumWords,
      let lead = ownOfferLeads.first(where: { words.starts(with: $0) })
    else { return false }
    let rest = words.dropFirst(lead.count)
    guard let verb = rest.first, offeringVerbs.contains(verb) else { return false }
    let object = rest.dropFirst()
    return !object.contains(where: selfTalk.contains)
      && !(object.first.map(withheldObjects.contains) ?? false)
      && !(object.last.map(pointingBack.contains) ?? false)
  }

  /// Words that make "i could …" the asker's talk of themselves, not an offer: "do better",
  /// "take that as a no", "take care of myself", "do whatever i want".
  private static let selfTalk: Set<String> = [
    "better", "worse", "as", "myself", "ourselves", "whatever",
  ]

  /// Words that, first after the verb, offer nothing: "i could do with a break".
  private static let withheldObjects: Set<String> = ["with"]

  /// Words that, last, point back at what was said: "i can do this", "take offence at that".
  private static let pointingBack: Set<String> = ["that", "this"]

  /// How the asker puts an offer of their own as a statement: "i could", "we can", "i'll".
  private static let ownOfferLeads: [[String]] = [
    ["i", "could", "always"], ["i", "can", "always"], ["we", "could", "always"],
    ["we", "can", "always"], ["i", "could"], ["i", "can"], ["we", "could"], ["we", "can"],
    ["i", "'ll"], ["we", "'ll"],
  ]

  /// Verbs of giving the person time or a hand: "do tuesdays", "meet you there", "drive".
  private static let offeringVerbs = helpingVerbs.union([
    "do", "meet", "swing", "pop", "take", "cover", "lend", "pay", "host", "book", "bring",
    "split",
  ])

  /// The most words an offer has: "would you like to come round for tea on sunday after church".
  private static let maximumWords = 14

  /// How a wish for something on offer opens: "want", "do you want", "would you like", "what
  /// about".
  private static let wishLeads: [[String]] = {
    let wishes: [[String]] = [["want"], ["wanna"], ["need"], ["fancy"]]
    let askers: [[String]] = [[], ["you"], ["do", "you"], ["d'you"], ["would", "you"]]
    return askers.flatMap { asker in wishes.map { asker + $0 } } + [
      ["would", "you", "like"], ["you", "'d", "like"], ["would", "ya", "like"],
      ["do", "ya", "want"], ["do", "ya", "fancy"], ["what", "about"], ["how", "about"],
    ]
  }()

  /// How the asker proposes doing something together: "shall we", "how about we".
  private static let proposalLeads: [[String]] = [
    ["shall", "we"], ["how", "about", "we"], ["what", "about", "we"],
  ]

  /// Verbs that make a proposal a concession pressed: "shall we just admit …".
  private static let concedingVerbs: Set<String> = ["admit", "agree", "accept", "face", "concede"]

  /// Words between a proposal's lead and its verb: "how about we just …", "shall we both …".
  private static let proposalSofteners: Set<String> = ["just", "both", "all", "maybe", "perhaps"]

  /// How the asker offers to do something for the person: "shall I", "can I", "want me to".
  private static let askerLeads: [[String]] = [
    ["shall", "i"], ["should", "i"], ["can", "i"], ["could", "i"], ["want", "me", "to"],
    ["do", "you", "want", "me", "to"], ["would", "you", "like", "me", "to"],
  ]

  /// Verbs of doing something for the person: "get you one", "put the kettle on", "pick you up".
  private static let helpingVerbs: Set<String> = [
    "get", "make", "grab", "fetch", "put", "pour", "bring", "pick", "drop", "help", "run",
    // Company and a hand with a task: "want me to sit with you", "shall I come with you".
    "sit", "come", "go", "set", "sort", "ring", "call", "drive", "walk", "look", "check", "show",
    "stay", "cook",
  ]

  /// Who or what the asker does something for: the person, or the kettle.
  private static let forThePerson: Set<String> = ["you", "ya", "u", "kettle"]

  /// People one fancies rather than is invited to: "do you fancy him?" asks no invitation.
  private static let people: Set<String> = ["him", "her", "them", "me", "anyone", "someone"]

  /// Verbs of joining in, after a wish: "want to come?", "wanna join us?", "want to grab lunch?".
  private static let joiningVerbs: Set<String> = ["come", "join", "grab", "pop", "meet", "tag"]

  /// Things people offer one another: a drink, food, a lift, a hand.
  private static let offeredThings: Set<String> = [
    "tea", "coffee", "cuppa", "brew", "pint", "drink", "drinks", "beer", "wine", "milk", "sugar",
    "sugars", "biscuit", "biscuits", "sandwich", "snack", "bite", "cake", "toast", "water",
    "refill", "lift", "hand", "hug", "lunch", "dinner", "breakfast", "takeaway", "curry", "pizza",
    "chippy", "anything", "something",
  ]

  /// Words before a thing offered after "what about" or "how about": "a", "some", "another".
  private static let offeringDeterminers: Set<String> = ["a", "an", "some", "another", "more"]

  /// Words of amount and choice between things on offer: "two", "a splash of", "or", "please".
  private static let amounts: Set<String> = [
    "a", "an", "and", "or", "no", "with", "just", "of", "some", "more", "please", "one", "two",
    "three", "bit", "splash", "drop", "little", "cup", "mug", "glass", "quick", "then", "yet",
    "still", "any",
  ]
}
