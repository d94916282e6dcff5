extension BeliefMap {
  /// Where they got to, as "What you said" shows it: the last view of the claim they
  /// narrowed or restated (`standingView`), in the second person, when it reads as a sentence.
  public var landing: String? {
    standingView.map(Self.givenView).flatMap { Self.endsWhole($0) ? $0 : nil }
  }

  /// Where they got to, as "What you said" lists it: the new view they named as theirs now
  /// ("what i believe now is it should be wherever suits us"), when one reads, then the last
  /// view they stated (`landing`) when it says something else.
  public var landings: [String] {
    let named =
      changedView ?? newView.map(Self.givenView).flatMap { Self.endsWhole($0) ? $0 : nil }
    let items = [named, landing].compactMap { $0 }
    guard items.count == 2 else { return items }
    let first = Self.stems(of: Self.unquoted(items[0]))
    let last = Self.stems(of: Self.unquoted(items[1]))
    return first.isSubset(of: last) || last.isSubset(of: first) ? [items[1]] : items
  }

  /// The last view they named as theirs now, past the words that lead into it ("so i guess i
  /// now think", "what i believe now is"), of all the places they got to; nil when they named
  /// none.
  var newView: String? {
    for shift in shifts.reversed() {
      for sentence in Self.sentences(of: shift).reversed() {
        if let view = Self.clauses(of: sentence).lazy.compactMap(Self.movedView(in:))
          .last(where: { Self.isWhereTheyAre($0) })
        {
          return Self.withoutVocative(view)
        }
      }
    }
    return nil
  }
}
