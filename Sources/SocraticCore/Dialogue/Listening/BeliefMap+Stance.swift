/// What a part of an answer does to the claim, read from its structure rather than from where
/// in the conversation it was said.
enum ClauseStance: Sendable, Equatable {
  /// It argues for the claim.
  case supports
  /// It argues against the claim: a point for the other side.
  case cutsAgainst
  /// It speaks of the conversation, not the belief: "you skipped him", "i need to go".
  case aboutConversation
  /// It tells someone else's view, or who that someone is: "walt was against it".
  case othersView(who: String)
  /// Nothing in its structure says: it is filed as the question it answered asks.
  case unread
}

/// An answer taken apart at its sentences and its words of contrast, each part read for what
/// it does to the claim:
/// - whose view it is: a clause whose subject is someone else ("my cousin", "he", "walt") and
///   whose verb says or believes, or that takes a side ("was against the death penalty"), is
///   their view; the other parts about that someone are theirs too;
/// - the listener: "you" with a verb in the past ("you skipped him") speaks of the talk;
/// - polarity: a clause that shares words with the claim and is negated where the claim is
///   not (or is not where it is) cuts against it; one with the claim's polarity supports it;
/// - contrast: a part that opens with "but" turns from the part before it.
struct AnswerStances: Sendable {
  /// A part of the answer with what it does.
  struct Part: Sendable {
    /// The part as typed.
    let text: String
    /// The part's words, as `BeliefMap.plainWords` reads them.
    let words: [String]
    /// What it does to the claim, carried on from the part before when it shows nothing of
    /// its own.
    var stance: ClauseStance
    /// What it does by its own structure alone.
    var ownStance: ClauseStance
    /// Whether the part itself tells the view (not only who holds it): "walt was against it".
    var tellsView = false
  }

  /// The answer's parts, in order.
  private(set) var parts: [Part] = []

  /// The answer's parts read against the claim; only the first 1,000 characters are read, as
  /// the answer reader reads them.
  /// - Parameter presumed: what the question asked for (`.supports` for their grounds,
  ///   `.cutsAgainst` for the other side's points): a part that shows nothing of its own
  ///   carries on the stance before it, starting from this; one after "but" turns from it.
  /// - Parameter before: where the answer before this one ended (`lastSide`): an answer that
  ///   opens with "but" turns from it.
  init(
    answer: String, claim: String?, presumed: ClauseStance = .unread,
    before: ClauseStance = .unread
  ) {
    let claimWords = Self.meaningWords(claim ?? "")
    let claimNegated = claim.flatMap(ClauseParser.parse)?.isNegated ?? false
    let text = TypedTextLimit.prefix(of: answer, characters: 1_000)
    var others: Set<String> = []
    var pieces = BeliefMap.sentences(of: text).flatMap(Self.readPieces)
    // Whose views the answer tells, so the other parts about them are filed with them.
    for piece in pieces {
      if let clause = piece.clause, let who = Self.viewHolder(of: clause, claim: claimWords) {
        others.insert(who)
      }
    }
    // "my buddy dave … he told me": who "he" or "she" is, when one other person was named.
    let named = pieces.compactMap { piece -> [Token]? in
      guard let subject = piece.clause?.subject, subject.count > 1, !Self.isSetOff(subject),
        Self.isSomeoneElse(subject.filter(\.isWord).map(\.lowercased))
      else { return nil }
      return subject
    }
    let namedOnce = Set(named.map { $0.map(\.lowercased) }).count == 1 ? named.first : nil
    // The side the answer is on so far, and what the part before said.
    var side = presumed
    // An answer that opens with "but" turns back from the other side the question asked
    // for; it never turns them against their own side with nothing said before it.
    var previous = presumed == .cutsAgainst ? presumed : before
    // "the interns are drowning though": a clause that opens the answer and turns at its end
    // turns from what the question asked for; with a turn after it in the answer ("the city
    // earns from it though, … but those jobs pay nothing") it grants a point first.
    if let first = pieces.first, first.turn == .turnsFrom, first.isClosedByMarker {
      let turnsLater = pieces.dropFirst().contains { $0.turn == .turnsFrom }
      pieces[0].turn = turnsLater ? .grants : .turnsFrom
      if presumed != .unread { previous = presumed }
    }
    for piece in pieces {
      let words = piece.words
      let readStance = Self.stance(
        of: piece.clause, words: words, claim: claimWords, claimNegated: claimNegated,
        others: others)
      var ownStance = readStance
      // "… would say X. and that people only care …": the view goes on.
      if ownStance == .unread, case .othersView = previous,
        Self.continuesReport(words)
      {
        ownStance = previous
      }
      var stance = ownStance
      if stance == .unread {
        switch (piece.turn, previous) {
        case (.turnsFrom, .supports): stance = .cutsAgainst
        case (.turnsFrom, .cutsAgainst), (.turnsFrom, .othersView): stance = .supports
        // "although it's cheap, …": a point granted to the other side.
        case (.grants, _): stance = .cutsAgainst
        default: stance = side
        }
      }
      // "… but he would say that": after "but", their reply to a view, not another view.
      let tellsView =
        piece.turn == .continues
        && piece.clause.flatMap { Self.viewHolder(of: $0, claim: claimWords) } != nil
      var text = piece.text
      if tellsView, let namedOnce, let subject = piece.clause?.subject, subject.count == 1,
        Self.thirdPersonPronouns.contains(subject[0].lowercased),
        text.lowercased().hasPrefix(subject[0].lowercased + " ")
      {
        let name = namedOnce.map(\.text).joined(separator: " ")
        text = name + text.dropFirst(subject[0].text.count)
        if case .othersView = stance { stance = .othersView(who: name) }
      }
      parts.append(
        Part(
          text: text, words: words, stance: stance, ownStance: ownStance,
          tellsView: tellsView))
      // "a little. maybe 75 to 65? but …": a part that says nothing of its own (a rating, a
      // hedge) is no side for a "but" to turn from.
      guard piece.meaningCount >= Self.sayingWordMinimum else { continue }
      if stance == .supports || stance == .cutsAgainst { side = stance }
      if stance != .aboutConversation { previous = stance }
    }
    lastSide = previous
  }

  /// What the last part that said something did: where the answer ended.
  private(set) var lastSide = ClauseStance.unread

  /// The parts that tell someone else's side on the claim, as views: "walt was against the
  /// death penalty".
  var views: [BeliefMap.View] {
    parts.compactMap { part in
      guard part.tellsView, case .othersView(let who) = part.stance else { return nil }
      return BeliefMap.View(who: who, said: part.text)
    }
  }

  /// What the part holding an item of the answer does; `.unread` when no part holds it.
  func stance(of item: String) -> ClauseStance { part(holding: item)?.stance ?? .unread }

  /// What the part holding an item does by its own structure alone.
  func ownStance(of item: String) -> ClauseStance { part(holding: item)?.ownStance ?? .unread }

  private func part(holding item: String) -> Part? {
    let words = Array(BeliefMap.plainWords(item).prefix(Self.matchedWords))
    guard !words.isEmpty else { return nil }
    return parts.first { BeliefMap.has(words, in: $0.words) }
  }

  /// The fewest words that carry meaning a part has to say something of its own.
  private static let sayingWordMinimum = 2

  /// How many of an item's first words find the part it was taken from.
  private static let matchedWords = 4

  /// What one part does, read from its clause and its words.
  private static func stance(
    of clause: Clause?, words: [String], claim: Set<String>, claimNegated: Bool,
    others: Set<String>
  ) -> ClauseStance {
    if BeliefMap.addressesListener(words.joined(separator: " ")) { return .aboutConversation }
    // "ok fair, some jobs need it": a part that grants a point grants it to the other side.
    let opening = words.drop { fillerWords.contains($0) }
    // "i suppose it's about not being wasteful": a value named with a hedge grants nothing.
    if concessionOpeners.contains(where: { opening.starts(with: $0) }),
      valueCues.matchEnd(atStartOf: opening.map { Token($0) }) == nil
    {
      return .cutsAgainst
    }
    guard let clause else { return .unread }
    // "no you didnt put it badly": a "no" before the subject is none of it.
    let subject = Array(
      clause.subject.filter(\.isWord).map(\.lowercased).drop(
        while: BeliefMap.interjections.contains))
    if subject == ["you"] || subject == ["u"], clause.speaksOfThePast { return .aboutConversation }
    if let who = viewHolder(of: clause, claim: claim) { return .othersView(who: who) }
    if let head = subject.last,
      others.contains(head)
        || (subject.count == 1 && others.count == 1
          && thirdPersonPronouns.contains(head))
    {
      return .othersView(who: others.contains(head) ? head : others.first ?? head)
    }
    let meaning = meaningWords(words.joined(separator: " "))
    guard !meaning.isDisjoint(with: claim) else { return .unread }
    let negated =
      clause.isNegated || clause.rest.first.map { sideWords[$0.lowercased] == false } == true
    return negated == claimNegated ? .supports : .cutsAgainst
  }

  /// Who holds the view a clause tells, when its subject is someone else and it says,
  /// believes or takes a side on the claim: "walt" in "walt was against the death penalty",
  /// "cousin" in "my cousin would say …".
  private static func viewHolder(of clause: Clause, claim: Set<String>) -> String? {
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    guard let head = subject.last, !isSetOff(clause.subject), isSomeoneElse(subject)
    else { return nil }
    let verb = clause.lexicalVerb?.lowercased ?? ""
    let base: String
    switch clause.verb {
    case .lexical(let lemma, _): base = lemma
    default: base = clause.rest.first(where: \.isWord)?.lowercased ?? verb
    }
    if viewVerbs.contains(base), !sensesThing(base, rest: clause.rest) { return head }
    let restWords = clause.rest.filter(\.isWord).map(\.lowercased)
    if let first = restWords.first, sideWords[first] != nil,
      !meaningWords(restWords.joined(separator: " ")).isDisjoint(with: claim)
        || restWords.dropFirst().first.map(leaningObjects.contains) == true
    {
      return head
    }
    return nil
  }

  /// Whether a verb of feeling takes a thing felt, not a view: "animals feel pain" tells what
  /// they sense, where "farmers feel betrayed" or "she feels it's wrong" tells a view.
  private static func sensesThing(_ verb: String, rest: [Token]) -> Bool {
    guard sensingVerbs.contains(verb), let object = rest.first(where: \.isWord)?.lowercased
    else { return false }
    let noun = Lexicon.singular(of: object) ?? object
    return Lexicon.classes(of: noun).contains(.noun) && !FunctionWords.isFunctionWord(object)
      && !Lexicon.classes(of: object).contains(.adjective)
  }

  /// Verbs that tell a view with a clause or a word of judgement, and a sensation with a noun.
  private static let sensingVerbs: Set<String> = ["feel"]

  /// Whether a "subject" is one word set off by a comma before the verb: "huh, never thought
  /// of it like that" has no subject, and "huh" is nobody (an appositive, "walt, my
  /// neighbour, thinks …", has more than one word).
  static func isSetOff(_ subject: [Token]) -> Bool {
    subject.last?.text == "," && subject.filter(\.isWord).count == 1
  }

  /// Whether a subject is someone other than the speaker and the listener: a name, "he",
  /// "my cousin", "their mom".
  static func isSomeoneElse(_ subject: [String]) -> Bool {
    guard let head = subject.last else { return false }
    if subject.count == 1, thirdPersonPronouns.contains(head) { return true }
    if let first = subject.first, possessives.contains(first), subject.count >= 2 {
      return Lexicon.classes(of: head).contains(.noun) || Lexicon.classes(of: head).isEmpty
    }
    // A word the lexicon does not know, or knows as a name, alone, is a name: "walt",
    // "anselm".
    let classes = Lexicon.classes(of: head)
    return subject.count == 1 && (classes.isEmpty || classes.contains(.properSense))
      && head.count > 2 && !FunctionWords.isFunctionWord(head)
  }

  /// The parts of a sentence split at its words of contrast (`ContrastReader`), each with
  /// what it does to the part before, and before an "and" that opens a clause of someone
  /// else's ("and she says …").
  static func pieces(of sentence: String) -> [ContrastReader.Piece] {
    var pieces: [ContrastReader.Piece] = []
    for piece in ContrastReader.pieces(of: sentence) {
      var current: [Substring] = []
      var turn = piece.turn
      let words = piece.text.split(separator: " ")
      for (index, word) in words.enumerated() {
        let next = words.indices.contains(index + 1) ? words[index + 1].lowercased() : ""
        if word.lowercased() == "and", thirdPersonPronouns.contains(next.filter(\.isLetter)),
          !current.isEmpty
        {
          pieces.append(ContrastReader.Piece(text: current.joined(separator: " "), turn: turn))
          current = []
          turn = .continues
          continue
        }
        current.append(word)
      }
      if !current.isEmpty {
        pieces.append(
          ContrastReader.Piece(
            text: current.joined(separator: " "), turn: turn,
            isClosedByMarker: piece.isClosedByMarker))
      }
    }
    return pieces
  }

  /// The words of a text that carry meaning, lowercased: "all" and "some" are kept, as they
  /// carry a claim's scope.
  static func meaningWords(_ text: String) -> Set<String> {
    Set(
      BeliefMap.plainWords(text).filter {
        scopeWords.contains($0) || (!FunctionWords.isFunctionWord($0) && $0.count > 2)
      })
  }

  /// Whether a part goes on with what was reported before it: "and that …".
  private static func continuesReport(_ words: [String]) -> Bool {
    words.starts(with: ["and", "that"]) || words.starts(with: ["that"])
  }

  /// Words that open a part before what it says: "ok", "yeah".
  private static let fillerWords: Set<String> = ["ok", "okay", "yeah", "well", "so", "and", "oh"]

  /// `AnswerCues.valueOpenings`, compiled once.
  private static let valueCues = PartnerCueMatcher(AnswerCues.valueOpenings)

  /// Words that open a part granting a point: "fair", "to be fair", "i admit".
  private static let concessionOpeners: [[String]] = [
    "fair", "granted", "admittedly", "to be fair", "i admit", "i suppose", "true",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The most words a part of an answer may have for its side to be read from its clause.
  static let longestClause = 40

  /// Verbs by which someone holds or tells a view.
  static let viewVerbs: Set<String> = [
    "say", "think", "believe", "reckon", "feel", "argue", "want", "tell", "claim", "insist",
    "disagree", "agree", "oppose", "support", "hate", "love",
  ]

  /// Words after "be" that take a side, and which: "against" (false), "for" (true).
  private static let sideWords: [String: Bool] = [
    "against": false, "anti": false, "opposed": false, "for": true, "pro": true,
  ]

  /// Words after a side word that stand for the claim: "against it".
  private static let leaningObjects: Set<String> = ["it", "that", "this"]

  /// Pronouns for someone else.
  private static let thirdPersonPronouns: Set<String> = [
    "he", "she", "hed", "shed", "hes", "shes",
  ]

  /// Words that make a subject someone's: "my cousin".
  private static let possessives: Set<String> = ["my", "his", "her", "their", "our"]

  /// Words of scope kept among a claim's words.
  private static let scopeWords: Set<String> = ["all", "every", "some", "any"]
}

extension Clause {
  /// Whether the clause tells what happened: a verb in the past ("skipped") or a perfect
  /// ("have missed").
  fileprivate var speaksOfThePast: Bool {
    switch verb {
    case .lexical(_, .past), .perfect, .be(.past): return true
    default: return false
    }
  }
}
