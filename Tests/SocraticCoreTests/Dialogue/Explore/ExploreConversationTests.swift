import Testing

@testable import SocraticCore

/// What the tool should do right after one answer.
enum NextMove: Sendable, CustomStringConvertible {
  /// A reflection (or summary) containing these words.
  case reflects(String)
  /// A complex reflection: the feeling, the other side or the blockage underneath.
  case complex
  /// A reflection with these words, and the next question takes up the moment (a feeling, a
  /// wavering, what would change their mind).
  case takesUp(String)
  /// No reflection, for nothing in the answer is a clause to give back ("fair enough"): the
  /// question that follows does the work.
  case asksOnly
  /// An easier question and no reflection: the answer said nothing.
  case easier
  /// It says the answer was given already, and moves on.
  case saidAlready
  /// It answers a question put back to it.
  case answersBack
  /// It notices the person left the topic.
  case offTopic
  /// They asked to talk about something else: the belief is rated a last time, as /belief does.
  case changesSubject
  /// The person says they are leaving: no further question, the closing confidence is asked.
  case closes
  /// Anything, as long as the conversation's rules hold.
  case any

  var description: String {
    switch self {
    case .reflects(let text): "reflects \(text)"
    case .complex: "complex"
    case .asksOnly: "asks only"
    case .takesUp(let text): "takes up \(text)"
    case .easier: "easier"
    case .saidAlready: "said already"
    case .answersBack: "answers back"
    case .offTopic: "off topic"
    case .changesSubject: "changes subject"
    case .closes: "closes"
    case .any: "any"
    }
  }
}

/// A conversation written the way people talk, with what the tool does after each answer.
struct Conversation: Sendable, CustomStringConvertible {
  var belief: String
  var confidence: String
  var turns: [(answer: String, next: NextMove)]

  var description: String { belief }
}

private let conversations: [Conversation] = [
  Conversation(
    belief: "The war will only end when one side runs out of soldiers.", confidence: "75",
    turns: [
      (
        "Because neither government can afford to look weak at home.",
        .reflects("neither government")
      ),
      (
        "my brother-in-law served two tours and he says nobody over there wants peace",
        .reflects("brother-in-law")
      ),
      ("I guess not everyone agrees, there were talks last spring", .reflects("talks last spring")),
      ("honestly it makes me sad, I'm tired of the news every night", .takesUp("makes you sad")),
      ("same as I said before", .saidAlready),
      (
        "If both sides signed a ceasefire that held for a year I'd rethink it",
        .takesUp("if both sides signed a ceasefire that held for a year, you'd rethink it")
      ),
    ]),
  Conversation(
    belief: "The election was decided by people who don't follow politics.", confidence: "60",
    turns: [
      ("?", .easier),
      ("Because most people I talk to couldn't name a single policy.", .reflects("couldn't name")),
      (
        "ok fair, my own friends aren't exactly a poll",
        .takesUp("your own friends aren't exactly a poll")
      ),
      ("I read it in an article in the Atlantic", .reflects("Atlantic")),
      ("what do you think?", .answersBack),
      ("maybe I'm just annoyed my side lost", .takesUp("wondering whether you're just annoyed")),
    ]),
  Conversation(
    belief: "Crypto is a scam.", confidence: "90",
    turns: [
      ("bc every coin my coworkers bought went to zero", .reflects("coworkers")),
      ("my uncle lost 20k on one of them last year", .any),
      ("yes", .easier),
      ("asdf", .easier),
      (
        "i mean some people use stablecoins to send money home, so maybe both? I don't know anymore",
        .complex
      ),
      ("can we talk about something else", .changesSubject),
    ]),
  Conversation(
    belief: "AI should be regulated like medicine.", confidence: "80",
    turns: [
      ("Because a chatbot told my neighbour to stop taking her pills.", .reflects("neighbour")),
      ("I saw it on the news a few times too", .reflects("news")),
      ("it could kill us all if nobody checks it", .any),
      ("I'm worried and kind of scared for my kids", .takesUp("scared for your kids")),
      ("true, the drug agencies are slow as hell", .complex),
    ]),
  Conversation(
    belief: "Remote work hurts junior developers.", confidence: "70",
    turns: [
      ("Because my team slowed down after we went remote.", .reflects("your team slowed down")),
      ("nobody answers questions on chat, you wait all the time", .any),
      (
        "I remember sitting next to a senior and learning more in a week than in a month at home",
        .any
      ),
      ("fair point, some juniors do fine", .takesUp("some juniors do fine")),
      ("I don't know", .easier),
      (
        "if our new hires got promoted as fast as before I'd change my mind",
        .takesUp("if your new hires got promoted as fast as before, you'd change your mind")
      ),
    ]),
  Conversation(
    belief: "My sister should take care of dad because she lives closer.", confidence: "85",
    turns: [
      ("she's ten minutes away and I'm two hours away", .any),
      ("which maybe isn't true, she has 3 kids", .asksOnly),
      ("honestly I'm exhausted and a bit resentful", .takesUp("exhausted and a bit resentful")),
      ("maybe I'm trying to get out of it by pushing it on her", .complex),
      ("we fight about it every thanksgiving", .any),
      ("My mom says anyone can find the time if they really care.", .reflects("your mom")),
    ]),
  Conversation(
    belief: "Climate change is exaggerated by the media.", confidence: "55",
    turns: [
      ("Because every summer they say it's the hottest ever.", .reflects("hottest")),
      ("killed means dead. like 40000 people dead. are you serious", .takesUp("exasperated")),
      ("ok", .easier),
      ("I heard it on a podcast from an engineer", .reflects("podcast")),
      ("I could be wrong about the numbers", .takesUp("you could be wrong about the numbers")),
    ]),
  Conversation(
    belief: "Social media is ruining teenagers.", confidence: "80",
    turns: [
      ("my daughter was on her phone till 2am every night last year", .any),
      ("Haidt's book makes the case pretty well", .reflects("Haidt's book")),
      (
        "I guess phones aren't the only thing that changed",
        .takesUp("phones aren't the only thing")
      ),
      ("It makes me angry that the companies know and do nothing.", .takesUp("makes you angry")),
      ("like I said, the book", .reflects("keeps coming back to for you")),
    ]),
  Conversation(
    belief: "Immigration is good for the economy.", confidence: "70",
    turns: [
      ("Because the farms near us would close without seasonal workers.", .reflects("farms")),
      ("studies show immigrants start more businesses", .any),
      ("pass the gravy please", .offTopic),
      ("to be fair, wages at the bottom might go down a bit", .takesUp("wages at the bottom")),
      (
        "if wages fell for years wherever many people arrived, I'd rethink it",
        .takesUp("wages fell")
      ),
    ]),
  Conversation(
    belief: "Kids should not have smartphones before high school.", confidence: "65",
    turns: [
      (
        "Because they can't put them down, I see it with my nephew.",
        .reflects("they can't put them down")
      ),
      ("lol", .easier),
      ("I'm not so sure anymore, his grades are fine", .takesUp("not so sure anymore")),
      (
        "I feel guilty because I gave him his first one",
        .takesUp("you feel guilty because you gave him")
      ),
      ("I told you, my nephew", .saidAlready),
      ("ok I'm done for tonight, gotta get up early", .closes),
    ]),
  Conversation(
    belief: "The bombing in Gaza has to stop now, whatever it takes.", confidence: "90",
    turns: [
      (
        "Because whole streets of families are gone and nothing excuses that",
        .reflects("nothing excuses that")
      ),
      (
        "I know people say the other side started it and that's true, but that doesn't make this ok",
        .complex
      ),
      ("I feel sick and helpless watching the footage", .takesUp("you feel sick and helpless")),
      ("?", .easier),
      (
        "maybe \"whatever it takes\" goes too far, the hostages count too",
        .takesUp("\"whatever it takes\"")
      ),
    ]),
  Conversation(
    belief: "Most people who voted for Trump did it because of prices, not hate.",
    confidence: "70",
    turns: [
      (
        "my uncle voted for him and he's no bigot, his rent just went up a third",
        .reflects("your uncle voted for him")
      ),
      ("the exit polls had the economy as the top issue", .reflects("exit polls")),
      ("like I said, the polls", .reflects("exit polls")),
      ("it frustrates me when people call my family bigots", .takesUp("frustrates you")),
      // A bare concession is given back as such, as every concession is: the reviewer marked
      // a question straight after one as a missed moment.
      ("fair enough", .asksOnly),
    ]),
  Conversation(
    belief: "My brother should pay back the money he borrowed from our mother.",
    confidence: "95",
    turns: [
      (
        "because it was 6000 dollars and she lives on a pension",
        .reflects("she lives on a pension")
      ),
      (
        "mom says it doesn't matter to her, but I think she's just being kind",
        .reflects("but you think she's just being kind")
      ),
      (
        "maybe I'm upset about more than the money, he was always her favourite",
        .takesUp("wondering whether you're upset about more than the money")
      ),
      ("I don't know", .easier),
    ]),
]

@Suite("Explore conversations as people have them")
struct ExploreConversationTests {
  @Test("after each kind of move the tool does what a facilitator would", arguments: conversations)
  func conversation(_ conversation: Conversation) throws {
    var script = ExploreScript()
    script.type([conversation.belief, "y", conversation.confidence])
    for (answer, next) in conversation.turns {
      guard case .answering = script.dialogue.state.phase else {
        Issue.record("no question waits before \"\(answer)\"")
        return
      }
      let step = script.type(answer)
      let said = step.events.compactMap { event -> (String, String?)? in
        switch event {
        case .reflection(let value): (value.text, value.depth)
        case .summary(let value): (value.text, nil)
        default: nil
        }
      }
      let notices = ExploreScript.notices(step)
      let question = step.events.compactMap { event -> SessionEvent.QuestionAsked? in
        if case .question(let value) = event { return value }
        return nil
      }.first
      switch next {
      case .reflects(let words):
        #expect(
          said.contains { $0.0.lowercased().contains(words.lowercased()) },
          "after \"\(answer)\": \(said)")
      case .complex:
        #expect(said.contains { $0.1 == "complex" }, "after \"\(answer)\": \(said)")
      case .takesUp(let words):
        #expect(
          said.contains { $0.0.lowercased().contains(words.lowercased()) },
          "after \"\(answer)\": \(said)")
        #expect(question?.arc == "moment", "after \"\(answer)\": \(String(describing: question))")
      case .asksOnly:
        #expect(said.isEmpty, "after \"\(answer)\": \(said)")
        #expect(question != nil, "after \"\(answer)\"")
      case .easier:
        // A summary of where the conversation stands may come first; never a reflection.
        #expect(said.allSatisfy { $0.1 == nil }, "after \"\(answer)\": \(said)")
        #expect(question?.arc == "easier", "after \"\(answer)\": \(String(describing: question))")
      case .saidAlready:
        #expect(
          said.contains { $0.0.hasPrefix(ExploreDialogue.repeatOwned) },
          "after \"\(answer)\": \(said)")
      case .answersBack:
        #expect(
          notices.contains(where: ExploreDialogue.standAnswers.contains), "after \"\(answer)\"")
      case .offTopic:
        #expect(notices.contains(ExploreDialogue.offTopicNotice), "after \"\(answer)\"")
      case .changesSubject:
        #expect(notices.contains(ExploreDialogue.changingSubjectNotice), "after \"\(answer)\"")
        #expect(question == nil, "after \"\(answer)\": \(String(describing: question))")
        #expect(script.dialogue.state.phase == .closingThread, "after \"\(answer)\"")
      case .closes:
        #expect(notices.contains(ExploreDialogue.leavingNotice), "after \"\(answer)\"")
        #expect(question == nil, "after \"\(answer)\": \(String(describing: question))")
        #expect(script.dialogue.state.phase == .closingSession(.left), "after \"\(answer)\"")
      case .any:
        break
      }
      // Every reflection reads as a sentence: no single-word follow-ups, no quoted fragments.
      for (text, depth) in said {
        #expect(text.hasSuffix(".") || text.hasSuffix("?"), "\"\(text)\"")
        #expect(!text.contains("\u{201C}"), "\"\(text)\"")
        // Nothing canned, nothing attributed that they did not say.
        for canned in ["part of you", "gave you pause", "comes from", "honest thing to notice"] {
          #expect(!text.contains(canned), "\"\(text)\"")
        }
        // Their first person is turned to the second: no "I", "my" or "me" is given back (a
        // summary's "you told me" is the tool's own).
        let words = Tokenizer.tokenize(text).map(\.lowercased)
        #expect(
          depth == nil || words.allSatisfy { !["i", "my", "me", "i'm"].contains($0) },
          "\"\(text)\"")
      }
      #expect(question.map { !$0.text.hasPrefix("You said \u{201C}") } ?? true)
    }
    let questions = script.questions
    #expect(Set(questions.map(\.text)).count == questions.count, "a question asked twice")
    let beliefWords = script.dialogue.state.beliefWords
    for (index, question) in questions.enumerated() {
      let earlier = questions[..<index].map {
        QuestionWording.frame(of: $0.text, excluding: beliefWords)
      }
      #expect(
        !QuestionWording.isNearDuplicate(question.text, of: earlier, beliefWords: beliefWords),
        "asked again in other words: \(question.text)")
    }
    // Every question after an answer that said something on the topic follows a reflection.
    let unreflected =
      script.questions.count(where: { $0.arc == "easier" })
      + conversation.turns.count(where: {
        switch $0.next {
        case .answersBack, .asksOnly: true
        default: false
        }
      })
      + conversation.turns.count(where: {
        switch $0.next {
        case .offTopic, .closes, .changesSubject: true
        default: false
        }
      })
    #expect(
      script.dialogue.state.reflectionCount >= script.dialogue.state.questionCount - unreflected,
      "fewer reflections than questions that followed an answer")
  }

  @Test(
    "a question that confused them is owned, the complaint never reflected, and another kind follows"
  )
  func confusion() {
    var script = ExploreScript()
    script.type(["Remote work hurts junior developers.", "y", "70"])
    let asked = script.questions.last
    let step = script.type("what? why do you keep asking me that")
    #expect(ExploreScript.notices(step).first == ExploreDialogue.confusedNotice)
    #expect(!step.events.contains { if case .reflection = $0 { true } else { false } })
    #expect(script.questions.last?.kind != asked?.kind)
    #expect(script.questions.last?.number == (asked?.number ?? 0) + 1)
  }

  @Test(
    "saying goodbye inside a line closes the session with its rating, never another question",
    arguments: ["ok that's all I've got, bye", "I need to go get ready for work /quit"])
  func leavingInsideALine(line: String) {
    var script = ExploreScript()
    script.type(["Remote work hurts junior developers.", "y", "70"])
    let asked = script.questions.count
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.questions.count == asked)
  }

  @Test("an answer that said nothing is never met with a summary")
  func noSummaryAfterNoise() {
    var script = ExploreScript()
    script.type(["Remote work hurts junior developers.", "y", "70"])
    script.type([
      "Because my team slowed down after we went remote.",
      "nobody answers questions on chat, you wait all the time",
      "I'm worried about the two juniors I mentor",
    ])
    for noise in ["?", "yes", "hmm"] {
      let step = script.type(noise)
      #expect(!step.events.contains { if case .summary = $0 { true } else { false } })
    }
  }

  @Test("noise is not counted as answered, and a repeat moves on to another step")
  func noiseAndRepeats() {
    var script = ExploreScript()
    script.type(["Remote work hurts junior developers.", "y", "70"])
    script.type(["asdf", "?", "yes"])
    #expect(script.dialogue.state.answeredCount == 0)
    script.type("Because nobody mentors them on chat.")
    let before = script.questions.last?.arc
    script.type("same as I said before")
    #expect(script.questions.last?.arc != before)
    #expect(script.dialogue.state.answeredCount == 2)
  }

  @Test("'like I said' before something new is heard as new, not waved off as a repeat")
  func repeatCueBeforeNewWords() {
    var script = ExploreScript()
    script.type(["Remote work hurts junior developers.", "y", "70"])
    script.type("Because nobody mentors them on chat.")
    let step = script.type(
      "like I said, the mentoring. and my cousin sat alone in her flat for a year without one "
        + "code review")
    let said = step.events.compactMap { event in
      if case .reflection(let reflection) = event { return reflection.text }
      return nil
    }
    #expect(!said.contains { $0.contains("answered that already") })
    #expect(script.dialogue.state.answeredCount == 2)
    // "same as before" alone says nothing new, and is met as a repeat.
    let again = script.type("same as before")
    #expect(
      again.events.contains {
        if case .reflection(let reflection) = $0 {
          return reflection.text
            == "\(ExploreDialogue.repeatOwned). Let's look at it from another side."
        }
        return false
      })
  }

}
