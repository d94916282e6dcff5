/// How a reflection gives back a clause of theirs: the one put right, the one after a turn,
/// or the one that carries what they mean.
extension PartnerReflection {
  /// Their words given back in a frame: the first clause that carries the matcher's phrases
  /// (any statement when none is given), turned to the second person; nil when none reads well.
  /// - Parameters:
  ///   - requiringWhole: whether a clause that is no whole sentence framed
  ///     (`PartnerGrammar.isWhole`) is passed over; a condition given back to be framed again
  ///     ("if wages went up") is not one yet.
  ///   - leastWeight: the least a clause must carry (`ClauseCarrying.weight`) to be given back.
  static func givenBack(
    _ words: TheirWords, carrying matcher: PartnerCueMatcher? = nil, requiringWhole: Bool = true,
    weighingAtLeast leastWeight: Int = .min, framed frame: (String) -> String
  ) -> String? {
    if let matcher {
      return PartnerClauses.carrying(matcher, in: words)
        .flatMap { PartnerClauses.secondPerson($0) }.map(frame)
    }
    let clauses = PartnerClauses.of(words)
    if let corrected = clauses.indices.dropFirst().first(where: {
      PartnerClauses.corrects(clauses[$0], clauses[$0 - 1])
    }), let given = PartnerClauses.secondPerson(clauses[corrected]) {
      return frame(given)
    }
    // "yeah im fine, bruised my pride. its just, its not the town it was": what follows a
    // turn of this kind is what they mean, whatever came before it.
    if let lead = clauses.indices.dropLast().last(where: { PartnerClauses.isTurn(clauses[$0]) }),
      let given = PartnerClauses.secondPerson(clauses[lead + 1])
    {
      return frame(given)
    }
    // "most of the lads cope. i never did": their own way, after others', is what they mean.
    if let turned = ReflectionWriter.turningPoint(in: words.typed.joinedText, byOpeners: false) {
      return frame(turned)
    }
    // The clause that carries what they mean: "because I watched it happen" says less than
    // "when the plant closed half the town lost everything", which follows it; failing one,
    // the first that says something given back alone. "maybe if we all went in on the same
    // day" is no whole clause given back alone. A tease or a figure of speech is given back
    // only when no plainer clause is there.
    // "its the allotment … ill be sat here like a coat nobody came back for": what the clause
    // carries (`ClauseCarrying`) outranks all of that.
    var best: (rank: [Int], index: Int, given: String)?
    for index in clauses.indices {
      let carriesMeaning = PartnerClauses.carriesMeaning(clauses[index])
      let isNotThePoint = PartnerCueMatcher.notThePoint.matches(clauses[index].filter(\.isWord))
      guard carriesMeaning || !PartnerClauses.isEmptyGivenBack(clauses[index]),
        // "i worked it out, …": a clause that only announces what follows is never the point.
        !ReflectionWriter.onlyAnnounces(clauses[index]),
        // "that the kids get a fair start": what they want, never said back as a fact.
        let given = PartnerClauses.secondPerson(clauses[index]).map({
          ReflectionWriter.keepingThatClause(clauses[index].joinedText, given: $0)
        }),
        !requiringWhole || PartnerGrammar.isWhole(frame(given)),
        // "they nod", "it's no secret": no point of theirs without what came before.
        ReflectionWriter.readsWithoutWhatCameBefore(given, countingOne: false)
      else { continue }
      let rank = [
        max(0, ClauseCarrying.weight(of: clauses[index])), carriesMeaning ? 1 : 0,
        isNotThePoint ? 0 : 1,
      ]
      if best.map({ rank.lexicographicallyPrecedes($0.rank) || rank == $0.rank }) ?? false {
        continue
      }
      best = (rank, index, given)
    }
    guard let (rank, index, given) = best, rank[0] >= leastWeight else { return nil }
    // "…, but I don't buy it": the turn a statement takes is given back with it.
    if index + 1 < clauses.count, let next = clauses[index + 1].first,
      ["but", "and", "so"].contains(next.lowercased),
      let more = PartnerClauses.secondPerson(Array(clauses[index + 1].dropFirst()))
    {
      return frame(given + ", " + next.lowercased + " " + more)
    }
    // "I don't like how he talks. … But I'm voting for someone who'll fight": what they grant,
    // with the "but" that answers it, however far on.
    if let more = PartnerClauses.butClause(in: words, after: index) {
      return frame(given + ", but " + more)
    }
    return frame(given)
  }
}
