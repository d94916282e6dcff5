/// Turns whose words say less than they mean (`PartnerCues.steeringAway` and friends): each is
/// met by its own line, never by an invitation to go on.
extension TheirWords {
  /// Whether they ask to stop one subject ("can we not do the wedding stuff, i'll cry"): it is
  /// let be, and a way out offered.
  var stopsASubject: Bool {
    PartnerCueMatcher.steeringAway.matches(ownWordTokens)
  }

  /// Whether it is a "fine" said in resignation and nothing else ("whatever. its fine").
  var isResignedFine: Bool {
    let words = wordTokens
    return !words.isEmpty
      && PartnerCueMatcher.resignedFine.matchEnd(atStartOf: words) == words.count
  }

  /// Whether they wave away their own hurt ("honestly im fine, all good", "it doesnt matter
  /// lol"): every piece of the turn is a brush-off (`PartnerCues.brushOff`) or words around
  /// one. "im alright thanks, its the telly thats too quiet" says more than a brush-off.
  static func brushesOff(_ typed: [Token]) -> Bool {
    let read = SentenceSplitter.sentences(in: typed)
      .flatMap { $0.split { $0.text == "," } }
      .map { brushOff(in: $0.filter(\.isWord)) }
    return read.contains(true) && !read.contains(nil)
  }

  /// Whether a piece of a turn brushes off their hurt (true), says nothing but words around
  /// one ("honestly", "whatever"; false), or says something else (nil).
  private static func brushOff(in piece: [Token]) -> Bool? {
    let hedges = PartnerCues.brushOffHedges
    guard let span = PartnerCueMatcher.brushOff.spans(in: piece).first else {
      return piece.allSatisfy { hedges.contains($0.lowercased) } ? false : nil
    }
    let around = piece[..<span.lowerBound] + piece[span.upperBound...]
    return around.allSatisfy { hedges.contains($0.lowercased) } ? true : nil
  }

  /// The words of their own, without those they quote or report others saying.
  private var ownWordTokens: [Token] {
    Self.ownWords(in: typed).filter(\.isWord)
  }

  /// The feeling they deny and then half admit, as the admission gives it back: "i wasnt
  /// bothered. well. a bit." → "So you were a bit bothered after all." Nil for any other turn.
  var admissionGivenBack: String? {
    // "well." alone is a sentence of its own, and belongs to the admission.
    let said = SentenceSplitter.sentences(in: typed).map { $0.filter(\.isWord) }
      .filter { !$0.isEmpty }
    guard let denialIndex = said.lastIndex(where: { !Self.leadsInToAnAdmission($0) }),
      denialIndex + 1 < said.count
    else { return nil }
    let admission = Array(said[(denialIndex + 1)...].joined())
    guard PartnerCueMatcher.halfAdmitting.matchEnd(atStartOf: admission) == admission.count
    else { return nil }
    let denial = said[denialIndex].map(\.lowercased)
    guard ["i", "im", "i'm"].contains(denial.first ?? ""),
      let feeling = denial.indices.dropFirst().first(where: {
        PartnerCues.deniableFeelings.contains(denial[$0])
          && denial[..<$0].contains { PartnerCues.feelingDeniers.contains($0) }
      })
    else { return nil }
    let degree = Self.degree(of: admission.map(\.lowercased))
    let isPast = denial[..<feeling].contains { $0.hasPrefix("was") }
    return "So \(isPast ? "you were" : "you're") \(degree) \(denial[feeling]) after all."
  }

  /// Whether a sentence is a word that leads in to an admission ("well.", "ok."), or part of it.
  private static func leadsInToAnAdmission(_ sentence: [Token]) -> Bool {
    let words = sentence.map(\.lowercased)
    return words.allSatisfy {
      ["well", "ok", "okay", "alright", "maybe", "fine", "hmm"].contains($0)
    }
      || PartnerCueMatcher.halfAdmitting.matchEnd(atStartOf: sentence) == sentence.count
  }

  /// Whether the listener went ahead without them, they say to the listener ("you told her
  /// already? without asking me?"): owned, and nothing else asked.
  var findsTheListenerWentAhead: Bool {
    moment == .hostile && PartnerCueMatcher.actingWithoutThem.matches(wordTokens)
  }

  /// How much the admission grants, in its own words: "a bit", "a little", "kind of".
  private static func degree(of admission: [String]) -> String {
    let degrees = ["a little bit", "a bit", "a little", "a tad", "kind of", "sort of"]
    let said = admission.joined(separator: " ")
    return degrees.first { said.hasSuffix($0) } ?? (said.hasSuffix("kinda") ? "kind of" : "a bit")
  }
}

extension TheirWords {
  /// Whether they soften towards what was put to them ("i suppose asking doesnt hurt"): the
  /// shift is heard, and the talk moves towards its close.
  var softens: Bool {
    PartnerCueMatcher.softening.matches(wordTokens)
  }

  /// Whether they settle on a plan they share with the listener ("ok maybe we ring him and
  /// buy the stuff"): reflected as agreed, never as a rating.
  var agreesAPlan: Bool {
    PartnerCueMatcher.sharedPlan.matches(wordTokens)
  }
}
