/// The words every mode says the same way.
enum DialogueNotices {
  /// What a resumed session says when the topic pack it used is not loaded now.
  static func packNotLoaded(_ id: String) -> DialogueOutput {
    .notice(
      "The topic pack '\(id)' this session used is not loaded, so its questions and replies are "
        + "left out. Load it with --pack FILE to have them.", tone: .quiet)
  }

  /// The notices a resumed session opens with: the pack it misses, if any, then where it picks
  /// up.
  /// - Parameters:
  ///   - pack: the id of the topic pack the session used, if any.
  ///   - counts: what the session holds so far ("3 questions answered"), said in brackets;
  ///     none when it holds nothing to count.
  ///   - place: where it goes on, with its punctuation: ": question 4 waits for your answer."
  static func resuming(
    pack: String?, library: PackLibrary, counts: [String], place: String
  ) -> [DialogueOutput] {
    var outputs: [DialogueOutput] = []
    if let pack, library.pack(id: pack) == nil { outputs.append(packNotLoaded(pack)) }
    var notice = "Picking up where you left off"
    if !counts.isEmpty { notice += " (" + counts.joined(separator: ", ") + ")" }
    outputs.append(.notice(notice + place, tone: .quiet))
    return outputs
  }
}
