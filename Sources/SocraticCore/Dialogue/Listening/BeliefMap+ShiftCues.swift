/// The tables by which the map tells where an answer moved the person: a view refined, a
/// realisation, what moved a rating, a reason set aside.
extension BeliefMap {
  /// Verbs by which something moves a rating or a person.
  static let movingVerbs: Set<String> = [
    "moved", "moves", "knocked", "changed", "shifted", "dropped", "lowered", "raised", "pushed",
    "nudged", "swayed", "shook", "dented",
  ]

  /// Words that deny a verb of moving just after them: "haven't changed", "nothing moved".
  static let deniedMovingWords: Set<String> = [
    "not", "never", "nothing", "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "wont",
    "no",
  ]

  /// The speaker as the subject of a verb of moving: "i changed my mind", "ive shifted".
  static let changingSpeakerWords: Set<String> = ["i", "ive", "id", "weve", "we"]

  /// What a verb of moving moves, in an answer to "what moved it?".
  static let movedObjects: Set<String> = ["it", "me", "my", "things"]

  /// Words that open a sentence before its subject: "so", "ok".
  static let sentenceOpeners: Set<String> = [
    "so", "ok", "okay", "but", "and", "yeah", "well", "maybe", "honestly", "like", "idk",
  ]

  /// Words for the speaker as a subject.
  static let firstPersonWords: Set<String> = ["i", "im", "ive", "id", "my"]

  /// Words that compare a view with what it was: "less sure", "a bit more".
  static let comparisonWords: Set<String> = [
    "less", "more", "differently", "different", "better", "softer", "harder",
  ]

  /// Words that set a view against an earlier time: "now", "anymore", "at first".
  static let changeTimeWords: Set<String> = [
    "now", "anymore", "first", "before", "earlier", "started",
  ]

  /// Hedges by which a part of the claim is taken back: "maybe not all".
  static let restatingHedges: Set<String> = [
    "maybe", "probably", "prob", "perhaps", "guess", "kinda",
  ]

  /// Verbs negated in their own word.
  static let negatedVerbs: Set<String> = [
    "isnt", "wasnt", "arent", "werent", "not", "dont", "doesnt", "didnt",
  ]

  /// Words that open the thing put in another's place: "its how we did it".
  static let replacingSubjects: Set<String> = ["its", "thats", "more"]

  /// Verbs of believing, which say nothing of what is believed.
  static let believingWords: Set<String> = [
    "think", "believe", "feel", "guess", "mean", "reckon", "know",
  ]

  /// Words of scope kept among a claim's words.
  static let claimScopeWords: Set<String> = [
    "all", "every", "some", "any", "always", "everyone", "everybody", "everything",
  ]

  /// Whether a sentence withdraws a reason.
  static func withdraws(_ words: [String]) -> Bool {
    // "doesn't really hold": the cue with a softener inside it.
    let plain = words.filter { !withdrawalSofteners.contains($0) }
    if takeBackCues.contains(where: { takesBack($0, in: words) })
      || withdrawalCues.contains(where: { has($0, in: words) || has($0, in: plain) })
    {
      return true
    }
    // "ok forget the commuting bit": told, not "i forget the name of it".
    let told = words.drop(while: settingAsideLeads.contains)
    if settingAsideOpenings.contains(where: { told.starts(with: $0) }) { return true }
    // "not the knees.": a thing of theirs named after a bare "not", said alone.
    return told.count <= bareNotWordLimit && told.first == "not"
      && told.dropFirst().first.map(bareNotDeterminers.contains) == true
  }

  /// The most words a bare "not the …" sentence that sets a reason aside has.
  static let bareNotWordLimit = 4

  /// Words after a bare "not" that make what follows a thing named: "not the knees", "not my
  /// back"; never "not that much", which says how much.
  static let bareNotDeterminers: Set<String> = [
    "the", "my", "his", "her", "their", "our",
  ]

  /// Words that soften a withdrawal without changing it: "doesn't really hold".
  static let withdrawalSofteners: Set<String> = [
    "really", "quite", "actually", "totally", "even", "so", "that", "much", "honestly",
  ]

  /// What they tell the listener to set aside, at the opening of a sentence: "forget the X".
  static let settingAsideOpenings: [[String]] = [
    ["forget", "the"], ["forget", "about", "the"], ["ignore", "the"], ["scrap", "the"],
    ["scratch", "the"], ["drop", "the"], ["disregard", "the"], ["never", "mind", "the"],
    ["forget", "what", "i", "said"], ["ignore", "what", "i", "said"],
    ["scratch", "what", "i", "said"], ["never", "mind", "what", "i", "said"],
    ["disregard", "what", "i", "said"], ["forget", "my"], ["ignore", "my"], ["scrap", "my"],
  ]

  /// Words that may come before such an opening.
  static let settingAsideLeads: Set<String> = [
    "ok", "okay", "no", "nah", "honestly", "actually", "so", "and", "but", "just", "oh", "well",
    "yeah", "right", "hmm", "um", "look", "mate", "bro",
  ]

  /// The most words a sentence that completes a shift, or points back at one, has.
  static let completingWordLimit = 6

  /// Words around a rating that say nothing of where they ended up.
  static let ratingHedges: Set<String> = [
    "like", "maybe", "dunno", "idk", "said", "guess", "probably", "prob", "about", "around",
    "ok", "okay", "yeah", "hmm", "um", "uh", "tbh", "lol", "still", "sure", "know",
  ]

  /// Words that say a view moved or was refined: what came to them, what they see now.
  static let shiftCues: [[String]] = [
    "made me think", "makes me think", "got me thinking", "made me realise", "made me realize",
    "i realise", "i realize", "i realised", "i realized", "changed my mind", "moved me",
    "i see it differently", "i get it now", "i get it better", "i still think",
    "more like", "its not the", "isnt the one", "not the one", "its more about",
    "its really about", "i was wrong", "i take the point", "fair point", "maybe its not",
    "its not really", "thats the bit", "thats the part", "that got me", "what got me",
    // "ok maybe its more that the tables are the problem", "so i guess i now think …": a
    // view stated as where they stand now.
    "its more that", "i now think", "now i think", "i think now", "i now reckon",
    "now i reckon", "i reckon now", "i now see", "now i see", "id now say", "id say now",
    "ive come round", "come round to", "come around to", "where i am now", "my view now",
    // "what i believe now is it should be wherever suits": the new view, named as theirs now.
    "what i believe now", "what i think now", "i now believe", "now i believe", "i believe now",
    "what i reckon now",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words of a shift that a short sentence after it completes: "rami isnt the one putting my
  /// rent up. the landlord is".
  static let completedCues: [[String]] = [
    "isnt the one", "not the one", "wasnt the one",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that point back at the sentence before as what moved them.
  static let pointingBackCues: [[String]] = [
    "thats what moved it", "that moved it", "thats what changed", "thats what did it",
    "that did it", "thats what got me",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Whether a line takes back what was just said without naming it: "no actually i take that
  /// back", "scratch that".
  /// Each piece between pauses is read alone: in "i take it back, to be fair …" nothing
  /// after the comma is where the thing goes.
  static func takesBackWhatWasSaid(_ text: String) -> Bool {
    let tokens = Tokenizer.tokenize(TypedTextLimit.prefix(of: text, characters: 1_000))
    return tokens.split(whereSeparator: { pauseMarks.contains($0.text) }).contains { piece in
      let words = plainWords(piece.joinedText)
      return takeBackCues.contains { takesBack($0, in: words) }
    }
  }

  /// Marks that end the words a take-back cue reaches.
  private static let pauseMarks = FunctionWords.clauseEndingMarks.union(QuestionCritic.dashes)

  /// Whether a take-back cue stands in the words as one: not denied before it ("i won't take
  /// that back") nor sending a thing somewhere after it ("take that back to the shop").
  static func takesBack(_ cue: [String], in words: [String]) -> Bool {
    guard let first = cue.first, words.count >= cue.count else { return false }
    return (0...(words.count - cue.count)).contains { start in
      guard words[start] == first, words[start..<(start + cue.count)].elementsEqual(cue)
      else { return false }
      let end = start + cue.count
      let after = words[end...]
      return (start == 0 || !negations.contains(words[start - 1]))
        && (after.first.map(placeWords.contains) != true
          || asidesAfterPlaceWords.contains { after.starts(with: $0) })
    }
  }

  /// Words after "take that back" that send a thing somewhere: "to the shop", "home".
  static let placeWords: Set<String> = ["to", "into", "from", "home", "off", "with"]

  /// Words that open an aside, never a place, though a place word leads them: "to be fair".
  static let asidesAfterPlaceWords: [[String]] = [["to", "be"]]

  /// Words that take back what was just said, pointing at it.
  static let takeBackCues: [[String]] = [
    "scratch that", "take that back", "i take it back", "forget i said that", "strike that",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that withdraw a reason they gave, besides `takeBackCues`.
  static let withdrawalCues: [[String]] =
    [
      "than a reason", "not really a reason", "not a real reason", "isnt a reason",
      "not much of a reason", "doesnt count",
      "dont count that", "forget that one", "not really why", "not really it", "is minor",
      "was minor", "is a minor", "bad example", "not a great example", "a side thing",
      "doesnt hold", "does not hold", "dont hold up", "doesnt stand up", "does not stand up",
      "not a good reason", "isnt a good reason", "wasnt a good reason", "not a good example",
      "wasnt a good example", "is a stretch", "was a stretch", "not that relevant",
      "isnt really relevant", "not really relevant", "scratch that bit", "i take back",
    ].map { $0.split(separator: " ").map(String.init) }

  /// Words that lead into a view they moved to, never part of it: "so i guess i now think",
  /// "ok maybe its more that", "now i reckon".
  static let movingLeads: [[String]] = [
    "so", "ok", "okay", "hmm", "idk", "well", "yeah", "maybe", "i guess", "i suppose",
    "its more that", "i now think", "now i think", "i think now", "i now reckon", "now i reckon",
    "i reckon now", "i now see that", "now i see that", "id now say", "id say now",
    "what i believe now is", "what i think now is", "what i reckon now is", "i now believe",
    "now i believe", "i believe now",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The view a clause states after the words that lead into a view they moved to
  /// (`movingLeads`, one of more than a word among them): "so i guess i now think juniors
  /// need two days" → "juniors need two days"; nil when no such lead opens it.
  static func movedView(in clause: String) -> String? {
    var words = clause.split(separator: " ")[...]
    var isLed = false
    while let lead = movingLeads.first(where: { lead in
      words.count > lead.count + 1
        && words.prefix(lead.count).map { plainWords(String($0)).joined() } == lead
    }) {
      words = words.dropFirst(lead.count)
      isLed = isLed || lead.count > 1
    }
    return isLed ? words.joined(separator: " ") : nil
  }
}
