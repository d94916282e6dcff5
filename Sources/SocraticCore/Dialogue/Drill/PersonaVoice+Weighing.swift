/// The persona's replies that weigh its view: to a reflection (agreement, or another side
/// granted), to the other side put to it, and to which reason weighs most.
extension PersonaVoice {
  /// What opens its reply to a reflection: agreement, worded differently as the drill goes on,
  /// never one it has opened a reply with this drill while another is left; to a reflection
  /// that gives back another side as well, it grants that side first, in words it has not used
  /// yet this drill.
  func reflectionLead(
    _ question: PersonaQuestion, said: Set<String>, saidSentences: Set<String>
  ) -> String {
    if question.givesOtherSide { return Self.unsaid(Self.sideGrants, saidSentences: saidSentences) }
    let start = said.count % Self.agreements.count
    let inTurn = Self.agreements[start...] + Self.agreements[..<start]
    return inTurn.first { agreement in
      let opening = Self.key(of: agreement) + " "
      return !saidSentences.contains { $0.hasPrefix(opening) }
    } ?? Self.agreements[start]
  }

  /// How it grants another side given back with its own, in turn: each runs on with "But".
  static let sideGrants = [
    "Partly. I'll grant you that side of it isn't simple. But",
    "Fair, there's another side to it, I know. But",
    "I won't pretend that side isn't there. But",
  ]

  /// The first of some stock lines none of whose sentences it has said this drill; the last
  /// once all are said.
  static func unsaid(_ stock: [String], saidSentences: Set<String>) -> String {
    stock.first { sentenceKeys(of: $0).isDisjoint(with: saidSentences) } ?? stock[stock.count - 1]
  }

  /// The first of some stock frames it has not said this drill with any words in their slot
  /// (`{}`), filled with a word and opening on a capital; the last once all are said.
  static func unsaid(_ frames: [String], filling word: String, saidSentences: Set<String>)
    -> String
  {
    let frame =
      frames.first { frame in
        let parts = frame.components(separatedBy: "{}").map(key(of:))
        let said = TokenPattern(
          parts.joined(separator: " _+ ").trimmingCharacters(in: .whitespaces))
        return !saidSentences.contains { sentence in
          let words = sentence.split(separator: " ").map(String.init)
          return said.matchEnds(in: TokenPatternWords(words), from: 0).contains(words.count)
        }
      } ?? frames[frames.count - 1]
    let filled = frame.replacingOccurrences(of: "{}", with: word)
    guard let first = filled.firstIndex(where: \.isLetter) else { return filled }
    return filled.replacingCharacters(in: first...first, with: filled[first].uppercased())
  }

  /// How others it has no line on might see it: the other side of its belief, and why it is not
  /// moved by it.
  func otherSide(said: Set<String>) -> String {
    guard let others = firstUnsaid([.others], said: said) else {
      return Self.usedUp(form: .open, kind: .viewpoints)
    }
    return others.text
  }

  /// The other side of something it spoke of, put to it: it grants a little, then gives the
  /// reply (else the reason) that answers that side, first one not said yet.
  func concession(said: Set<String>) -> String {
    let grant = "That's fair, up to a point."
    let answers = [Source.reply, .reason].flatMap { source in lines.filter { $0.source == source } }
    guard let line = answers.first(where: { !said.contains($0.text) }) else {
      return grant + " I still think \(ownClaim)."
    }
    return grant + " But " + Self.runOn(line.text)
  }

  /// Which reason weighs most: the first it gave (it gives its reasons best first), else its
  /// first reason.
  func weightiest(said: Set<String>) -> String {
    let reasons = lines.filter { $0.source == .reason }
    guard let reason = reasons.first(where: { said.contains($0.text) }) ?? reasons.first else {
      return "What I mean is simple: " + ownClaim + "."
    }
    return "The one that weighs most with me: " + Self.runOn(reason.text)
  }

  /// Whether what a closed question names is what weighs most ("is that the main thing for
  /// you?"): yes for its weightiest reason, else that it is one of them, and which weighs most;
  /// naming nothing of its own, which weighs most.
  func weighed(_ question: PersonaQuestion, said: Set<String>) -> String {
    let weightiest = weightiest(said: said)
    guard let named = namedLine(question.topic) else { return weightiest }
    guard !weightiest.hasSuffix(Self.runOn(named.text)) else {
      return "Yes, that's the main one for me."
    }
    return "It's one of them, but not the main one. " + weightiest
  }

  /// What opens its reply to a point the asker half grants, before a line of its own.
  static let grantWelcomed = "Maybe so. I can only say how it looks to me."

  /// How it agrees with a reflection, in turn.
  static let agreements = [
    "Yes, exactly \u{2014} and", "That's right, and", "Pretty much, and", "You've got it, and",
  ]
}
