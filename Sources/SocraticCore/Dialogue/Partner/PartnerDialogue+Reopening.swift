/// Whether what they say after the close takes the talk up again.
extension PartnerDialogue {
  /// Whether a turn after the close goes on with the talk: an objection to the listener, a
  /// feeling, a doubt, or anything they state or ask; not a goodbye, a pause, a joke, thanks for
  /// being heard, something at hand or a secret to keep.
  static func keepsTalking(_ words: TheirWords) -> Bool {
    if words.objection != nil { return true }
    if words.asksToKeepItQuiet { return false }
    switch words.moment {
    case .hostile, .unheard, .blockage, .openedUp, .conceded, .wavering, .repeated: return true
    case .ordinary:
      if words.claim != nil || words.isQuestion { return true }
      // "you should ask for a pay rise. take a coat with you": what they say to the
      // listener about the listener's own life, or ask of them, is no going back to the talk.
      let theirs = PartnerClauses.of(words).filter { !TheirWords.isSaidToTheListener($0) }
      return words.reason != nil && !theirs.isEmpty
        || theirs.contains(where: PartnerClauses.carriesMeaning)
    case .heard, .aside, .request, .joke, .noise, .leaving, .warm: return false
    }
  }
}
