extension BeliefMap {
  /// What they came to see of themselves as they re-rated, when no view of the claim says
  /// where they got to: the last clause of their latest shift whose subject is the speaker
  /// ("maybe I just don't want to go down there without her") or that says the matter is
  /// about them ("it's really about me feeling used"), cleaned; nil when none. A
  /// question, a leave-taking, what moved them, a feeling turned down ("i wasn't angry
  /// exactly"), a line they draw for themselves (a plan: "i'm not lending again") or a clause of fewer than `insightWordMinimum` words is none.
  public var selfInsight: String? {
    guard let shift = shifts.last else { return nil }
    for sentence in Self.sentences(of: shift).reversed() {
      for clause in Self.clauses(of: sentence).reversed() where !clause.contains("?") {
        let words = Array(Self.plainWords(clause).drop(while: Self.insightLeads.contains))
        guard words.first == "i" || Self.turnsToThemselves(words),
          words.count >= Self.insightWordMinimum,
          !Self.tellsWhatMoved(words), !Self.withdraws(words), !Self.deniesAFeeling(words),
          !Self.drawsALine(clause), Self.isWhereTheyAre(clause)
        else { continue }
        return Self.withoutVocative(clause)
      }
    }
    return nil
  }

  /// Whether a clause says the matter is about the speaker: "it's really about me feeling
  /// used", "maybe that's more about my pride". What they came to see of themselves, never a
  /// view of the claim to re-rate.
  static func turnsToThemselves(_ words: [String]) -> Bool {
    guard let about = words.prefix(aboutReach).firstIndex(of: "about"), about + 1 < words.count
    else { return false }
    return selfWords.contains(words[about + 1])
      && words[..<about].contains(where: pointingOpeners.contains)
  }

  /// Words that open a clause saying what the matter is about: "it's", "that's".
  private static let pointingOpeners: Set<String> = ["its", "it", "thats", "that", "this"]

  /// Words for the speaker after "about": "about me", "about my pride".
  private static let selfWords: Set<String> = ["me", "my", "myself", "mine"]

  /// How far into the clause its "about" may stand: "i think it's (really|more|just) about".
  private static let aboutReach = 8

  /// The fewest words a clause of what they came to see has, the hedges before it aside.
  static let insightWordMinimum = 4

  /// Words that may open what they came to see, before the "I" that is its subject: "maybe
  /// I just …", "so honestly I …".
  static let insightLeads: Set<String> = [
    "maybe", "perhaps", "probably", "so", "ok", "okay", "well", "honestly", "and", "but", "yeah",
  ]

  /// Whether a clause turns a feeling down: a word for one within two words after a negation
  /// ("i wasnt angry exactly, more fed up").
  static func deniesAFeeling(_ words: [String]) -> Bool {
    words.indices.contains { index in
      AnswerCues.isFeelingWord(words[index])
        && words[max(0, index - 2)..<index].contains(where: WordClass.negation.contains)
    }
  }
}
