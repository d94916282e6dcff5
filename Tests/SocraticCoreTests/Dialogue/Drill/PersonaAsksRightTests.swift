import Testing

@testable import SocraticCore

/// Beliefs of these tests' own: reasons about groups of people the persona knows, and one belief
/// that denies what it speaks of.
private let packs = [
  TopicPack(
    id: "music", title: "Music", version: 1, keywords: ["music", "musician"],
    beliefs: [
      PackBelief(
        text: "Practice matters more than talent in music.",
        reasons: [
          "The best musicians I grew up with practised every single day.",
          "Talent fades quickly when nobody trains it.",
        ],
        replies: [
          "Scales are boring, and they are what makes players fast.",
          "Every teacher says the same about the students who stay.",
        ])
    ], questions: []),
  TopicPack(
    id: "walking", title: "Walking", version: 1, keywords: ["walking", "walk"],
    beliefs: [
      PackBelief(
        text: "Walking to work makes people healthier.",
        reasons: [
          "My colleagues who walk in are rarely off sick.",
          "A daily walk keeps the heart strong.",
        ],
        replies: [
          "Cars make it easy to skip the only exercise of the day.",
          "Doctors tell their patients to walk before anything else.",
        ])
    ], questions: []),
  TopicPack(
    id: "gardens", title: "Gardens", version: 1, keywords: ["garden", "gardening"],
    beliefs: [
      PackBelief(
        text: "Growing food at home is the best way to eat well.",
        reasons: [
          "The gardeners on my street eat more vegetables than anyone I know.",
          "Food picked that morning keeps more of its taste.",
        ],
        replies: [
          "Nobody learns to cook greens without having too many of them.",
          "Seed catalogues teach more about seasons than any shop.",
        ])
    ], questions: []),
  TopicPack(
    id: "homework", title: "Homework", version: 1, keywords: ["homework", "school"],
    beliefs: [
      PackBelief(
        text: "Homework does not help children learn.",
        reasons: [
          "Children who do less homework score the same in tests.",
          "Evenings spent on worksheets leave no time for play.",
        ],
        replies: [
          "Finland sets little homework and still does well.",
          "Tired children forget what they rushed through.",
        ])
    ], questions: []),
]

/// A drill on one of these topics, after some lines.
private func drill(_ topic: String, after lines: [String]) -> DialogueScript<DrillDialogue> {
  let setting = CoachingSetting(
    library: PackLibrary(
      packs.map { LoadedPack(pack: $0, source: .builtIn(file: $0.id + ".yaml")) }),
    seed: 1)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: topic))
  for line in lines { script.type(line) }
  return script
}

/// The persona's reply and the coach's verdict on a line typed after some others.
private func asked(_ topic: String, _ question: String, after lines: [String] = []) throws
  -> (answer: PersonaAnswer, critique: SessionEvent.Critique)
{
  var script = drill(topic, after: lines)
  let step = script.type(question)
  return try replyAndCritique(in: step)
}

@Suite("The drill persona answers what it is asked")
struct PersonaAsksRightTests {
  @Test(
    "asked what would change its mind about its main reason, it gives a condition, not the reason",
    arguments: [
      ("music", "what would change your mind about practice being the main reason?"),
      ("music", "what would it take to change your mind on the strongest reason you gave?"),
      ("music", "what would make you rethink the biggest reason?"),
      ("walking", "what would change your mind about the part that matters most?"),
      ("walking", "what evidence would change your mind about the main reason?"),
      ("walking", "what would make you doubt the most important reason?"),
      ("gardens", "what could change your mind on the reason that weighs most?"),
      ("gardens", "what would change your opinion on the heaviest reason?"),
      ("gardens", "what would make you reconsider which reason counts most?"),
      ("homework", "what would change your mind about the main reason you hold this?"),
    ])
  func changeOfMind(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(
      answer.text.contains("think again") || answer.text.contains("change my mind"),
      "\(answer.text)")
    #expect(!answer.text.contains("weighs most"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "asked for one person of those it spoke of, it tells of one of them, from its reason",
    arguments: [
      ("music", "can you tell me about one of them, a specific person?", "best musicians"),
      ("music", "tell me about one of those people", "best musicians"),
      ("music", "is there a particular person you're thinking of?", "best musicians"),
      ("music", "what's their story, one of them?", "best musicians"),
      ("walking", "tell me about a specific person and what happened to them", "colleagues"),
      ("walking", "talk about one of them, what was their story?", "colleagues"),
      ("walking", "could you describe one particular person?", "colleagues"),
      ("gardens", "who is one specific individual you mean?", "gardeners"),
      ("gardens", "tell me about one of them, like what their story was", "gardeners"),
      ("gardens", "what happened to them, one of those gardeners?", "gardeners"),
    ])
  func personStory(topic: String, question: String, group: String) throws {
    let (answer, critique) = try asked(topic, question, after: reasonsFirst)
    #expect(answer.text.hasPrefix("One person comes to mind, one of "), "\(answer.text)")
    #expect(answer.text.contains(group), "\(answer.text)")
    #expect(!answer.text.contains("haven't really thought"), "\(answer.text)")
    #expect(critique.kind != .clarification)
  }

  @Test(
    "a line about a group it can point to becomes one person's story; a bare or counted group never",
    arguments: [
      (
        "The nurses on my ward never skip a break.",
        "One person comes to mind, one of the nurses on my ward. They never skip a break."
      ),
      (
        "Our farmers sell their eggs at the gate.",
        "One person comes to mind, one of our farmers. They sell their eggs at the gate."
      ),
      (
        "The drivers I ride with slow down near schools.",
        "One person comes to mind, one of the drivers I ride with. They slow down near schools."
      ),
      (
        "The successful founders I knew worked every weekend.",
        "One person comes to mind, one of the successful founders I knew. They worked every "
          + "weekend."
      ),
      ("Strangers return lost wallets.", nil),
      ("Most people can be trusted.", nil),
      ("Prices rose last year.", nil),
    ] as [(String, String?)])
  func storyFromLine(line: String, story: String?) {
    #expect(PersonaVoice.personStory(from: line) == story)
  }

  @Test(
    "asked how one thing turns into another, step by step, it puts two of its lines in order",
    arguments: [
      ("music", "how does training every day turn into being the best, step by step?"),
      ("music", "walk me through how practice makes the best players"),
      ("music", "how exactly does practising every day lead to being one of the best musicians?"),
      ("walking", "how does walking in turn into fewer sick days, step by step?"),
      ("walking", "how exactly does a walk lead to a strong heart?"),
      ("walking", "walk me through how walking keeps people from being off sick"),
      ("gardens", "how does picking food in the morning turn into more taste, step by step?"),
      ("gardens", "how exactly do gardeners end up eating more vegetables?"),
      ("gardens", "walk me through how growing food leads to more vegetables on the plate"),
      ("homework", "how does less homework lead to the same test scores, step by step?"),
    ])
  func steps(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question, after: reasonsFirst)
    #expect(answer.text.hasPrefix("Roughly like this. First, "), "\(answer.text)")
    #expect(answer.text.contains(" Then, "), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "asked whether what its belief is about went well for it, it answers as its belief does",
    arguments: [
      ("music", "has practice paid off for you personally?", "Yes, it has"),
      ("music", "has all that practice paid off for you?", "Yes, it has"),
      ("walking", "has walking to work made you healthier personally?", "Yes, it has"),
      ("walking", "has walking paid off for you?", "Yes, it has"),
      ("gardens", "has growing food worked out for you personally?", "Yes, it has"),
      ("gardens", "has growing food at home paid off for you?", "Yes, it has"),
      ("homework", "has homework helped you personally?", "No, it hasn't"),
      ("homework", "has homework ever paid off for you?", "No, it hasn't"),
      ("homework", "has homework made a difference for you personally?", "No, it hasn't"),
      ("homework", "had homework paid off for you by the end of school?", "No, it hadn't"),
      ("music", "has daily practice paid off for you personally?", "Yes, it has"),
      ("homework", "have worksheets and homework helped you personally?", "No, they haven't"),
    ])
  func personal(topic: String, question: String, opening: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(answer.text.hasPrefix(opening), "\(answer.text)")
    #expect(!answer.text.contains("Short answer"), "\(answer.text)")
  }

  @Test(
    "a question it answers from its reasons leaves its confidence, however it probes",
    arguments: [
      ("music", "what makes you so sure?"), ("music", "why do you believe that?"),
      ("music", "what is your evidence?"), ("walking", "how did you come to think that?"),
      ("walking", "what are you assuming here?"), ("walking", "what is behind your view?"),
      ("gardens", "why do you think so?"), ("gardens", "what convinced you?"),
      ("homework", "what reasons do you have?"), ("homework", "how do you know that?"),
    ])
  func unshaken(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }

  @Test(
    "a reflection that gives the asker's guess at what would change its mind is coached as a guess",
    arguments: [
      ("music", "so if someone practised every day and never got better, you'd rethink it"),
      ("music", "so if a lazy player beat a hard worker, that would make you change your view"),
      ("music", "it sounds like if talent won out even once, you would drop this"),
      ("walking", "so you'd think again if the walkers got sick just as often"),
      ("walking", "you're saying if doctors stopped recommending walks, you'd give it up"),
      (
        "walking", "sounds like if your colleagues drove in and stayed well, you'd rethink all this"
      ),
      ("gardens", "so if shop food tasted the same, that would make you doubt it"),
      ("gardens", "so if you met a gardener who ate badly, you would change your mind"),
      ("homework", "so if homework raised scores somewhere, that would shake your view"),
      (
        "homework",
        "it sounds like if children learned more with worksheets, you'd see it differently"
      ),
    ])
  func guessedCondition(topic: String, reflection: String) throws {
    let (answer, critique) = try asked(topic, reflection)
    #expect(answer.text.hasPrefix("I didn't say that"), "\(answer.text)")
    #expect(!answer.text.hasPrefix("Yes"), "\(answer.text)")
    if critique.form == "reflection" {
      #expect(critique.problems.contains(ReflectionFit.Misfit.guessesCondition.problem))
    }
  }

  @Test(
    "a reflection that gives back its words with a meaning added is not faulted",
    arguments: [
      ("music", "so the musicians you grew up with kind of showed you what daily work does"),
      ("music", "sounds like watching those musicians practise shaped how you see talent"),
      ("music", "so for you talent fading without training is the real lesson"),
      ("walking", "so your colleagues walking in and staying well convinced you"),
      ("walking", "it sounds like seeing colleagues rarely off sick settled it for you"),
      ("walking", "so a daily walk keeping the heart strong is what you trust most"),
      ("gardens", "so the gardeners on your street showed you what home food does"),
      ("gardens", "sounds like the taste of food picked that morning won you over"),
      ("homework", "so children doing less homework and scoring the same convinced you"),
      ("homework", "it sounds like evenings lost to worksheets bother you a lot"),
      // A paraphrase of the belief itself, in words of its own, is a complex reflection.
      ("music", "so for you effort counts for more than a gift"),
      ("walking", "so for you the walk in is what keeps people well"),
    ])
  func faithfulReflection(topic: String, reflection: String) throws {
    let (answer, critique) = try asked(topic, reflection, after: reasonsFirst)
    #expect(!answer.text.contains("Not quite"), "\(answer.text)")
    #expect(!answer.text.hasPrefix("I didn't say"), "\(answer.text)")
    #expect(!critique.problems.contains(ReflectionFit.problem))
  }
}

@Suite("The drill coaches a yes or no about the persona's life with an open wording")
struct PersonalBetterTests {
  @Test(
    "a closed question about its own life gets a Better the critic reads as open",
    arguments: [
      ("music", "has practice paid off for you personally?", "How has practice played out"),
      ("walking", "has walking paid off for you?", "How has walking played out"),
      ("gardens", "has growing food worked out for you personally?", "How has growing food"),
      ("homework", "has homework helped you personally?", "How has homework played out"),
      ("homework", "had homework paid off for you by the end of school?", "How has homework"),
    ])
  func better(topic: String, question: String, opening: String) throws {
    let (_, critique) = try asked(topic, question)
    let better = try #require(critique.suggestion)
    #expect(better.hasPrefix(opening), "\(better)")
    #expect(try QuestionCritic().critique(better).form == .open)
  }

  @Test("a guess at a condition is a guess when the condition it gave was about something else")
  func guessAfterCondition() throws {
    let (answer, _) = try asked(
      "music", "so if a lazy player beat a hard worker, that would make you change your view",
      after: ["what would change your mind?"])
    #expect(answer.text.hasPrefix("I didn't say that"), "\(answer.text)")
  }
}
