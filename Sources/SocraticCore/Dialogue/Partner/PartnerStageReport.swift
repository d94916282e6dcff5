/// What `/stage` says under the stages: what has happened since the stage began. The stage is
/// where the talk has got to along the arc, and it does not move on right after they open up or
/// object; so that it is never read as where their last words were, the report says what
/// happened since and what the suggestions follow now.
enum PartnerStageReport {
  /// The report, or nil before they have said anything.
  /// - Parameters:
  ///   - saidSinceStageBegan: how many times they spoke since the stage began.
  ///   - saidInAll: how many times they spoke in the session.
  ///   - didOpenUp: whether their latest words opened up (a feeling, a doubt).
  ///   - didObject: whether their latest words objected to the listener.
  ///   - isPersonalTalk: whether the talk is of their own life, not a belief
  ///     (`PartnerState.isPersonalTalk`): the stages of a belief wait for the close.
  static func text(
    saidSinceStageBegan: Int, saidInAll: Int, didOpenUp: Bool, didObject: Bool,
    isPersonalTalk: Bool = false
  ) -> String? {
    guard saidInAll > 0 else { return nil }
    // The count in all is said too: "one thing" alone after five lines reads as a miscount.
    let since =
      switch saidSinceStageBegan {
      case 0: "nothing"
      case 1: "one thing"
      default: "\(saidSinceStageBegan) things"
      }
    var text = "They have said \(since) since this stage began (\(saidInAll) in all)."
    if didObject {
      text +=
        " Their last words objected to you: the suggestions answer that first, and the "
        + "stage waits until it is settled."
    } else if didOpenUp {
      text +=
        " Their last words opened up: the suggestions stay with what they shared, and "
        + "the stage waits until they go on."
    }
    if isPersonalTalk {
      text +=
        " They are telling you about their own life, not arguing a view: the stages of a "
        + "belief don't apply, so it stays here and the suggestions follow what they tell you "
        + "until they wind up."
    }
    return text
  }
}
