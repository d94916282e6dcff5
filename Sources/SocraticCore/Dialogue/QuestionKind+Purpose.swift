extension QuestionKind {
  /// What a question of this kind does and how it helps, in two sentences, for `/why`.
  public var purpose: String {
    switch self {
    case .inversion:
      "It supposes the opposite of your belief and asks why that might hold. Looking for how "
        + "you could be wrong finds the weak spots that looking for support hides."
    case .clarification:
      "It asks what you mean. Vague or loaded words hide disagreements; pinning them down shows "
        + "what you actually claim."
    case .assumptions:
      "It brings out what your belief takes for granted. The assumptions you never say out loud "
        + "are the ones most worth checking."
    case .evidence:
      "It asks what supports your belief. Knowing why you believe something tells you how much "
        + "weight it can bear."
    case .viewpoints:
      "It asks how others see it. Someone who disagrees often knows something you do not."
    case .implications:
      "It follows your belief to its consequences. If what follows looks wrong, the belief may "
        + "be wrong too."
    case .meta:
      "It asks why the question matters and what is really being asked, so your thinking goes "
        + "where it counts."
    }
  }

  /// What a question of this kind does and how it helps, in two sentences, told to the one
  /// who asks it of someone else (a drill's `/hint`): "their belief", where `purpose` says
  /// "your belief" to the one who holds it.
  public var purposeForQuestioner: String {
    switch self {
    case .inversion:
      "It asks them to suppose the opposite of what they believe and say why it might hold. "
        + "Looking for how a belief could be wrong finds the weak spots that looking for support "
        + "hides."
    case .clarification:
      "It asks what they mean. Vague or loaded words hide disagreements; pinning them down shows "
        + "what they actually claim."
    case .assumptions:
      "It brings out what their belief takes for granted. The assumptions nobody says out loud "
        + "are the ones most worth checking."
    case .evidence:
      "It asks what supports their belief. Knowing why they believe it tells you how much "
        + "weight it can bear."
    case .viewpoints:
      "It asks how others see it. Someone who disagrees often knows something they do not."
    case .implications:
      "It follows their belief to its consequences. If what follows looks wrong, the belief may "
        + "be wrong too."
    case .meta:
      "It asks why the question matters to them and what is really being asked, so the talk "
        + "goes where it counts."
    }
  }

  /// The kind with its article, as a sentence names it: "an inversion question", "a question
  /// about the question".
  public var namedInSentence: String {
    switch self {
    case .inversion: "an inversion question"
    case .implications: "a question about implications"
    case .assumptions: "a question about assumptions"
    case .evidence: "a question about reasons and evidence"
    case .viewpoints: "a question about viewpoints"
    case .clarification: "a clarification question"
    case .meta: "a question about the question"
    }
  }

  /// The kind with its article as a coach names it to a learner, in the words of the scorecard
  /// (`coachingLabel`): "a question about what would change their mind".
  public var coachingNamedInSentence: String {
    self == .inversion ? "a question about \(coachingLabel)" : namedInSentence
  }
}
