/// Partner mode's own wordings. "You" is the other person; `{claim}` and `{inverted}` are the
/// claim being discussed, as the engine read it.
enum PartnerWordings {
  /// Questions that open a conversation, before they have said anything: none presumes a view
  /// they have not yet put ("that view", "see it that way").
  static let invitations: [QuestionTemplate] = [
    QuestionTemplate(kind: .clarification, text: "What's on your mind about it?"),
    QuestionTemplate(kind: .evidence, text: "What got you thinking about it?"),
    QuestionTemplate(kind: .meta, text: "What do you make of {topic} these days?"),
    QuestionTemplate(kind: .meta, text: "What matters most to you about this?"),
  ]

  /// What fills `{topic}`: the session's pack by the name people read ("crypto"), or nothing
  /// when the pack is for any belief (`general` names no subject: "what do you make of general
  /// these days?" reads as nonsense), so a wording that needs it is left out.
  static func topicValue(of topic: String?, in library: PackLibrary) -> String? {
    guard let topic, let entry = library.pack(id: topic), !entry.pack.isForAnyBelief
    else { return nil }
    return PackLibrary.topicName(entry.pack.title)
  }

  /// The ratings, out of 100, that are neither near sure nor near sure not: "50, maybe 60".
  static let middlingRatings = 25...75

  /// What to ask of a middling rating: what holds it up, and what holds it back.
  static let aboutAMiddlingRating = [
    QuestionTemplate(kind: .evidence, text: "What makes it as high as that, rather than lower?"),
    QuestionTemplate(kind: .inversion, text: "What keeps it from being any higher?"),
  ]

  /// The wordings that suit a stage.
  /// - Parameters:
  ///   - hasAnswered: whether their latest words spoke to the stage (said how sure they are,
  ///     or what would change their mind), so the question follows that up rather than asks
  ///     it again.
  ///   - rating: how sure their latest words said they are, if they did: a middling rating is
  ///     asked what keeps it from either end ("why not higher, why not lower"), never what
  ///     makes them as sure as they are.
  static func stage(
    _ stage: ConversationStage, hasAnswered: Bool, rating: Int? = nil
  ) -> [QuestionTemplate] {
    switch stage {
    case .claim, .reasons:
      return []
    case .confidence:
      if hasAnswered, let rating, middlingRatings.contains(rating) { return aboutAMiddlingRating }
      let asking = [
        QuestionTemplate(kind: .evidence, text: "How sure are you that {claim}, from 0 to 100?"),
        QuestionTemplate(kind: .evidence, text: "How sure are you about that, from 0 to 100?"),
      ]
      let followingUp = [
        QuestionTemplate(kind: .evidence, text: "What makes you as sure as you are that {claim}?"),
        QuestionTemplate(kind: .evidence, text: "What makes you as sure as you are?"),
      ]
      return (hasAnswered ? followingUp + asking : asking + followingUp) + [
        QuestionTemplate(kind: .inversion, text: "What would make you less sure that {claim}?"),
        QuestionTemplate(kind: .inversion, text: "What would make you less sure?"),
      ]
    case .falsifiability:
      let asking = [
        QuestionTemplate(
          kind: .inversion, text: "What would change your mind about whether {claim}?"),
        QuestionTemplate(kind: .inversion, text: "What would change your mind about this?"),
      ]
      // Once they have said what would change their mind, asking it again is not listening.
      let followingUp = [
        QuestionTemplate(
          kind: .inversion, text: "What would you expect to see first if you were wrong?")
      ]
      return (hasAnswered ? followingUp : asking) + [
        QuestionTemplate(
          kind: .inversion,
          text: "What would you expect to see if it turned out that {inverted}?"),
        QuestionTemplate(
          kind: .viewpoints, text: "What would I need to show you for you to see it differently?"),
      ] + (hasAnswered ? asking : [])
    case .close:
      return [
        QuestionTemplate(
          kind: .meta, text: "What has stood out for you in talking this through?"),
        QuestionTemplate(kind: .meta, text: "What has our talk left you thinking about?"),
        QuestionTemplate(kind: .meta, text: "What would you like us to talk about next time?"),
        QuestionTemplate(
          kind: .implications, text: "What, if anything, looks different to you now?"),
        QuestionTemplate(
          kind: .implications, text: "What will you keep an eye on after this conversation?"),
        QuestionTemplate(
          kind: .viewpoints,
          text: "What would you most like me to understand about how you see it?"),
        QuestionTemplate(
          kind: .viewpoints, text: "What did I say that made the least sense to you?"),
        QuestionTemplate(kind: .clarification, text: "What would you like to think more about?"),
      ]
    }
  }

  /// Once they have named what would change their mind ("if a real audit found nothing"):
  /// what they would do then, and how likely it is.
  static let afterWhatWouldChangeTheirMind: [QuestionTemplate] = [
    QuestionTemplate(kind: .implications, text: "What would you do differently if that happened?"),
    QuestionTemplate(
      kind: .clarification, text: "What are the chances of that happening, as you see it?"),
  ]

  /// When they name a plan of their own ("i'll book two lessons in march"): how it would go,
  /// never how likely it is, nor what would keep them at it, which presumes they might not.
  static let aboutAPlan: [QuestionTemplate] = [
    QuestionTemplate(kind: .clarification, text: "How do you picture it going?"),
    QuestionTemplate(kind: .implications, text: "What are you looking forward to most?"),
    QuestionTemplate(kind: .viewpoints, text: "Who could you talk to about it?"),
  ]

  /// When they weigh a plan not yet made ("i'm thinking of handing my notice in"): what draws
  /// them to it and what it would change, never what they look forward to.
  static let aboutAWeighedPlan: [QuestionTemplate] = [
    QuestionTemplate(kind: .clarification, text: "What's drawing you towards it?"),
    QuestionTemplate(kind: .implications, text: "What would it change for you?"),
    QuestionTemplate(kind: .viewpoints, text: "Who could you talk to about it?"),
  ]

  /// When they name what they want ("i just want a weekend off for once"): what it would give
  /// them and what stands in its way, never evidence for the claim.
  static let aboutAWant: [QuestionTemplate] = [
    QuestionTemplate(kind: .implications, text: "What would that give you?"),
    QuestionTemplate(kind: .clarification, text: "What's been getting in the way of it?"),
  ]

  /// When they told of something that happened, or cited evidence: how typical it is, never
  /// whether it happened.
  static let aboutAnExperience: [QuestionTemplate] = [
    QuestionTemplate(kind: .evidence, text: "How common do you think that is?")
  ]

  /// When they told of something that happened to them or someone of theirs: the story asked
  /// about as a story, before what it shows; never "what happened then?", which they have
  /// often just told.
  static let aboutAStory: [QuestionTemplate] = [
    QuestionTemplate(
      kind: .clarification, text: "What was that like for you?", register: .therapeutic),
    QuestionTemplate(
      kind: .implications, text: "What did that mean for you?", register: .therapeutic),
    QuestionTemplate(kind: .viewpoints, text: "How did the people around you take it?"),
    QuestionTemplate(kind: .meta, text: "What did you make of it at the time?"),
  ]

  /// When they told what someone else says or thinks: how they see it themselves, and what
  /// that view is worth to them. "They" is the one whose view it is.
  static let aboutAReportedView: [QuestionTemplate] = [
    QuestionTemplate(kind: .viewpoints, text: "How do you see it yourself?"),
    QuestionTemplate(kind: .viewpoints, text: "What do you think leads them to see it that way?"),
    QuestionTemplate(kind: .evidence, text: "What do you make of what they say?"),
    QuestionTemplate(
      kind: .clarification, text: "Where exactly do you agree with them, and where not?"),
    QuestionTemplate(kind: .inversion, text: "What might they be seeing that you are not?"),
  ]

  /// The wordings about a reported view, said of the one who holds it: "she" for "my mum
  /// says …", "he" for "dad reckons …", "they" for "people say …" or anyone unclear.
  static func aboutAReportedView(by speaker: ReportedSpeaker, theyDoubt: Bool)
    -> [QuestionTemplate]
  {
    guard speaker != .they else {
      return theyDoubt ? aboutAReportedViewTheyDoubt : aboutAReportedView
    }
    let subject = speaker == .she ? "she" : "he"
    let object = speaker == .she ? "her" : "him"
    let common = [
      QuestionTemplate(
        kind: .viewpoints, text: "What do you think leads \(object) to see it that way?"),
      QuestionTemplate(kind: .inversion, text: "What might \(subject) be seeing that you are not?"),
    ]
    return theyDoubt
      ? common + [
        QuestionTemplate(kind: .evidence, text: "What makes you doubt what \(subject) says?"),
        QuestionTemplate(
          kind: .clarification, text: "Where exactly do you part ways with \(object)?"),
      ]
      : [QuestionTemplate(kind: .viewpoints, text: "How do you see it yourself?")] + common + [
        QuestionTemplate(kind: .evidence, text: "What do you make of that?"),
        QuestionTemplate(
          kind: .clarification, text: "Where exactly do you agree with \(object), and where not?"),
      ]
  }

  /// When they gave a reason that is too long to quote: asked about without pasting it in.
  static let aboutAReason: [QuestionTemplate] = [
    QuestionTemplate(kind: .evidence, text: "How do you know about that?"),
    QuestionTemplate(kind: .assumptions, text: "What would have to be true for that to hold?"),
  ]

  /// When they cited a source (an article, the news, a study): what it showed them and what
  /// makes it count for them, asked with curiosity; never that it is doubtful, nor others set
  /// against it.
  static let aboutASource: [QuestionTemplate] = [
    QuestionTemplate(kind: .evidence, text: "What makes that source one you rely on?"),
    QuestionTemplate(kind: .clarification, text: "What stood out to you in what they showed?"),
  ]

  /// When they told what someone else says and where they stand on it ("my manager says …, but
  /// I don't buy it"): what they make of that view, never how they see it themselves.
  static let aboutAReportedViewTheyDoubt: [QuestionTemplate] = [
    QuestionTemplate(kind: .viewpoints, text: "What do you think leads them to see it that way?"),
    QuestionTemplate(kind: .evidence, text: "What makes you doubt what they say?"),
    QuestionTemplate(kind: .inversion, text: "What might they be seeing that you are not?"),
    QuestionTemplate(
      kind: .clarification, text: "Where exactly do you part ways with them?"),
  ]

  /// When they said the listener does not understand or listen: what is being missed, asked
  /// without defending oneself.
  static let aboutNotBeingHeard: [QuestionTemplate] = [
    QuestionTemplate(kind: .viewpoints, text: "What am I missing about how you see it?"),
    QuestionTemplate(kind: .evidence, text: "What have you seen or heard that I haven't?"),
    QuestionTemplate(kind: .clarification, text: "Which part of it am I not getting?"),
    QuestionTemplate(
      kind: .meta, text: "What would help you feel heard right now?", register: .therapeutic),
  ]

  /// When they asked a question: what is behind it, and what they think themselves.
  static let answeringAQuestion: [QuestionTemplate] = [
    QuestionTemplate(kind: .meta, text: "What makes you ask?"),
    QuestionTemplate(kind: .viewpoints, text: "What do you think yourself?"),
    QuestionTemplate(kind: .clarification, text: "What would a good answer look like to you?"),
  ]

  /// Plain questions about what they just said, asking nothing of the claim: after a feeling
  /// or a blockage, when the moment's own questions are used up.
  static let aboutWhatTheySaid: [QuestionTemplate] = [
    QuestionTemplate(kind: .clarification, text: "Can you tell me more about that?"),
    QuestionTemplate(kind: .implications, text: "How has that been for you?"),
  ]

  /// Questions about the person and what matters to them, when they have opened up: their
  /// story and their values, never a test of what they said.
  static let aboutThePerson: [QuestionTemplate] = [
    QuestionTemplate(kind: .meta, text: "What matters most to you in all this?"),
    QuestionTemplate(kind: .viewpoints, text: "What was it like before?"),
    QuestionTemplate(kind: .evidence, text: "What do you remember best from those times?"),
    QuestionTemplate(kind: .implications, text: "What does that memory mean to you now?"),
    QuestionTemplate(kind: .clarification, text: "What does it mean to you?"),
    QuestionTemplate(kind: .implications, text: "What would you like to happen next?"),
    QuestionTemplate(kind: .assumptions, text: "What would feel right to you now?"),
    QuestionTemplate(kind: .viewpoints, text: "Who else feels it the way you do?"),
  ]

  /// Questions about news of their own life (`PartnerState.isPersonalTalk`) with no feeling
  /// or loss in it: what it is like for them and what comes next, never a test of it.
  static let aboutTheirNews: [QuestionTemplate] = [
    QuestionTemplate(kind: .meta, text: "What matters most to you in all this?"),
    QuestionTemplate(kind: .implications, text: "What would you like to happen next?"),
    QuestionTemplate(kind: .viewpoints, text: "How are the people around you taking it?"),
    QuestionTemplate(kind: .assumptions, text: "What would feel right to you now?"),
  ]

  /// Wordings that fit anything said, by kind: the last resort, offered only when nothing else
  /// would be said (`SuggestionPlanner.isStockWording`).
  static let anything: [QuestionTemplate] = [
    QuestionTemplate(kind: .clarification, text: "Can you tell me more about that?"),
    QuestionTemplate(kind: .clarification, text: "What do you mean by that?"),
    QuestionTemplate(kind: .evidence, text: "What makes you say that?"),
    QuestionTemplate(kind: .evidence, text: "What led you to that view?"),
    QuestionTemplate(kind: .inversion, text: "What would it take for you to see it differently?"),
    QuestionTemplate(kind: .inversion, text: "What would change your mind?"),
    QuestionTemplate(
      kind: .assumptions, text: "What are you taking for granted there?",
      register: .crossExamining),
    QuestionTemplate(kind: .viewpoints, text: "Who do you know who sees it differently?"),
    QuestionTemplate(kind: .implications, text: "What follows from that, for you?"),
    QuestionTemplate(kind: .meta, text: "Why does this matter to you?"),
    QuestionTemplate(kind: .meta, text: "What question is behind that for you?"),
  ]
}
