/// Words said inside or at the end of a clause that are no part of it, and are cut before it
/// is given back: a hedge ("legally i suppose it's not"), their own yes or no ("I don't check
/// it no").
extension ReflectionWriter {
  /// Hedges said inside a clause, cut wherever they stand past its first word: "legally i
  /// suppose it's not", "it's legit i spose, that's what he thought". Given back they would
  /// read "you suppose", which says nothing of theirs.
  static let innerHedges: [PhrasePattern] = [
    "(,)? i (suppose|spose|reckon|guess) (,)?"
  ].map(PhrasePattern.init)

  /// Words that open a clause a hedge after them frames: "which i reckon is …".
  static let relativeOpeners: Set<String> = [
    "which", "that", "what", "who", "where", "when", "how", "why",
  ]

  /// Words that answer a question of their own at the end of a clause: "I don't check it no".
  static let closingAnswers: Set<String> = ["no", "nope", "nah", "yeah", "yep", "yes"]

  /// Objects after which a clause is whole: "… check it", "… like them".
  static let pointedObjects: Set<String> = ["it", "that", "them", "him", "her", "me", "us", "this"]

  /// The tokens without a hedge of `innerHedges` past their first word; a comma it held
  /// stays, to part what came before it from what follows.
  static func withoutInnerHedges(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    var index = 1
    while index < tokens.count {
      // "which i reckon is half of it": the hedge frames a clause of its own.
      if !relativeOpeners.contains(tokens[index - 1].lowercased),
        let end = innerHedges.lazy.compactMap({ $0.matchEnds(in: tokens, from: index).max() })
          .first, end < tokens.count
      {
        let comma = tokens[index..<end].first { $0.text == "," }
        tokens.replaceSubrange(index..<end, with: comma.map { [$0] } ?? [])
      }
      index += 1
    }
    return withoutFillerLike(tokens)
  }

  /// Words after which a "like" is only a filler before an amount or a stretch of time: "for
  /// like a year", "about like 80 grand". After "to", "of", "would" or a person it is the verb
  /// or a comparison ("to like it", "kind of like a prison"), and stays.
  static let fillerLikeHosts: Set<String> = [
    "for", "in", "at", "on", "about", "after", "within", "over", "around", "by", "under",
    "took", "takes", "paid", "pay", "pays", "cost", "costs", "earned", "earn", "lasted",
  ]

  /// The tokens without a "like" said only as a filler (`fillerLikeHosts`): "kids missed school
  /// for like a year" gives back "for a year".
  static func withoutFillerLike(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    var index = 1
    while index < tokens.count - 1 {
      if tokens[index].lowercased == "like",
        fillerLikeHosts.contains(tokens[index - 1].lowercased), tokens[index + 1].isWord
      {
        tokens.remove(at: index)
        continue
      }
      index += 1
    }
    return tokens
  }

  /// Whether the tokens close on a word of `closingAnswers` after a clause of theirs, never
  /// one a verb or a word before a noun takes ("I said no", "there's no").
  static func closesOnAnswer(_ tokens: [Token]) -> Bool {
    guard tokens.count > 3, let last = tokens.last?.lowercased, closingAnswers.contains(last),
      tokens[tokens.count - 2].isWord
    else { return false }
    let before = tokens[tokens.count - 2].lowercased
    return pointedObjects.contains(before)
      || !FunctionWords.isFunctionWord(before) && !Lexicon.isVerb(before)
        && !Lexicon.classes(of: before).contains(.adjective)
  }
}
