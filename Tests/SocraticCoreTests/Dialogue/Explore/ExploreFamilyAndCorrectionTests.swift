import Testing

@testable import SocraticCore

/// Explore asks each family of question once, takes up a correction in the words they
/// corrected with, stays with a moment when its own questions are spent, answers a bid to hear
/// something they told, and names what "that" points at when it asks how something works.
@Suite("Explore asks each family once and takes up corrections and bids")
struct ExploreFamilyAndCorrectionTests {
  @Test(
    "two wordings of one family are one question",
    arguments: [
      (
        "Of the reasons you gave, which one carries the most weight for you?",
        "Which of these matters most to you?"
      ),
      ("Which reason weighs most for you?", "What is the main reason, for you?"),
      (
        "You said fees push people out. How would that work, step by step?",
        "How would it work in practice, step by step?"
      ),
      ("How does that happen, do you think?", "Walk me through it step by step."),
      (
        "How far do you trust the papers on this?",
        "How reliable are the forecasts you find most convincing?"
      ),
      ("Where do you get your news, and how do you check it?", "How much do you trust the BBC?"),
      (
        "If remote work is here to stay, what should happen next, and who should do it?",
        "Where does your view lead in ten years?"
      ),
      (
        "What would happen if everyone held your view?",
        "What will follow if the ban goes ahead?"
      ),
      (
        "What do the people who study this for a living say?",
        "What do economists think about it?"
      ),
      ("When did you first come to see it this way?", "What first made you think so?"),
      (
        "What would the most thoughtful person who disagrees say?",
        "How might people who disagree explain the same facts?"
      ),
    ])
  func oneFamily(first: String, second: String) {
    let shared = QuestionIntent.purposes(of: first).intersection(
      QuestionIntent.purposes(of: second))
    #expect(!shared.isDisjoint(with: ExploreDialogue.intentsAskedOnce), "\(first) / \(second)")
  }

  @Test("a pack question of the viewpoints kind asks how others see it, whatever its words")
  func packViewpointsFamily() throws {
    let setting = DialogueFixtures.setting()
    let analysis = try #require(try? setting.engine.analyze("Crypto is mostly used for scams."))
    let plan = QuestionPlan(analysis: analysis, topics: ["crypto"], setting: setting)
    let viewpoints = try #require(
      plan.packQuestions.first { $0.question.kind == .viewpoints }?.question.text)
    #expect(plan.families(of: viewpoints).contains(.otherSide), "\(viewpoints)")
  }

  @Test(
    "'not X, more Y' is taken up in their words, as what they meant",
    arguments: [
      (
        "not angry, more uneasy",
        "So you feel more uneasy than angry. What leaves you feeling uneasy?"
      ),
      (
        "not lazy, just worn out",
        "So you feel more worn out than lazy. What leaves you feeling worn out?"
      ),
      (
        "nah not bitter, more hurt",
        "So you feel more hurt than bitter. What leaves you feeling hurt?"
      ),
      (
        "no not the buses, the drivers",
        "So it's the drivers, not the buses. What makes the drivers the bigger part for you?"
      ),
      (
        "not the coach, more the parents",
        "So it's the parents, not the coach. What makes the parents the bigger part for you?"
      ),
      (
        "not the rent, the deposit",
        "So it's the deposit, not the rent. What makes the deposit the bigger part for you?"
      ),
      (
        "well not my brother, my sister in law",
        "So it's your sister in law, not your brother. What makes your sister in law the bigger "
          + "part for you?"
      ),
      (
        "not the screens, the late nights",
        "So it's the late nights, not the screens. What makes the late nights the bigger part "
          + "for you?"
      ),
      (
        "no, not the council, the landlords",
        "So it's the landlords, not the council. What makes the landlords the bigger part for you?"
      ),
      (
        "not the game, mostly the betting ads",
        "So it's the betting ads, not the game. What makes the betting ads the bigger part for "
          + "you?"
      ),
    ])
  func contrast(line: String, question: String) {
    var script = ExploreScript.questioning(
      "Landlords should not be allowed to ban pets.", answers: ["because it feels unfair"])
    let step = script.type(line)
    #expect(ExploreScript.question(step)?.text == question)
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
  }

  @Test(
    "a denial or a hedge after 'not' is no contrast",
    arguments: [
      "not really, i just think its fine", "not sure, maybe", "not all of them, some are ok",
      "not always, sometimes it works", "not at all", "not yet, but soon",
      "not the rules, mostly how they are enforced", "not much, a bit", "not exactly, no",
      "not that, the other thing is worse than it looks",
    ])
  func noContrast(line: String) {
    if case .contrast = TurnRequest.read(line) {
      Issue.record("read as a contrast: \(line)")
    }
  }

  @Test(
    "'I just said', 'no, the opposite' are corrections, and what follows is given back",
    arguments: [
      ("i just said, my sister does the school run", "sister"),
      ("?? i literally said. the fares went up twice", "fares"),
      ("i already said, the hours are awful", "hours"),
      ("no, the opposite. i think the market will cool", "market"),
      ("no i said the opposite, prices will drop", "prices"),
      ("i meant the opposite. the staff are great", "staff"),
      ("its backwards. the students teach the teachers", "students"),
      ("i literally just said. the van broke down twice", "van"),
      ("nope, it was the opposite, the town got busier", "town"),
      ("i've just said that, the nurses are leaving lol", "nurses"),
    ])
  func correction(line: String, word: String) {
    #expect(TurnRequest.read(line) == .correction(restated: true), "\(line)")
    #expect(TurnRequest.restatement(in: line)?.contains(word) == true, "\(line)")
    var script = ExploreScript.questioning(
      "Landlords should not be allowed to ban pets.", answers: ["because it feels unfair"])
    let step = script.type(line)
    let owned = ExploreScript.notices(step).first ?? ""
    #expect(owned.hasPrefix("Sorry, I got that wrong \u{2014} ") && owned.contains(word), "\(line)")
    #expect(ExploreScript.question(step)?.arc == ExploreArcStep.moment.rawValue, "\(line)")
  }

  @Test(
    "a bid to hear something they told is asked about, in their words",
    arguments: [
      ("did you hear the bit about my nephew tho", "your nephew"),
      ("did you even read the part about my landlord", "your landlord"),
      ("didn't you see the bit about my gran", "your gran"),
      ("did you catch the thing about my boss", "your boss"),
      ("you didn't hear what i said about my kids", nil),
      ("did you get the part about the flooding", "the flooding"),
      ("what about the bit about my dad", "your dad"),
      ("did you hear the part about the fees", "the fees"),
      ("did you see my bit about the bins", "the bins"),
      ("did you catch the bit about my neighbour", "your neighbour"),
    ] as [(String, String?)])
  func bid(line: String, topic: String?) {
    guard let topic else {
      #expect(TurnRequest.read(line) != .askAbout(nil))
      return
    }
    #expect(TurnRequest.read(line) == .askAbout(topic), "\(line)")
    var script = ExploreScript.questioning(
      "Landlords should not be allowed to ban pets.", answers: ["because it feels unfair"])
    let step = script.type(line)
    #expect(ExploreScript.question(step)?.text == "What would you like to say about \(topic)?")
  }

  @Test(
    "a complaint about a kind of question gets a question of another family",
    arguments: [
      "why do you keep asking that", "you keep asking the same thing", "stop asking me that",
      "you already asked that", "why do u keep saying that", "you've already asked me that",
      "why do you always bring that up", "u keep going back to it", "quit asking this",
      "you just asked that lol",
    ])
  func complaint(line: String) {
    var script = ExploreScript.questioning(
      "Landlords should not be allowed to ban pets.",
      answers: ["because my dog got us evicted once", "it showed me they can do what they like"])
    let before = script.questions.last?.text ?? ""
    let step = script.type(line)
    // A question asked twice is granted as asked twice, one of a kind not asked before is
    // said to be new; any other complaint is granted as fair.
    #expect(
      ExploreScript.notices(step).contains {
        [
          "Fair point. Let me ask something different.", TurnRequest.repeatedQuestion.notice,
          ExploreDialogue.notAskedBeforeNotice,
        ].contains($0)
      })
    let next = ExploreScript.question(step)
    #expect(next != nil, "\(line)")
    let families = QuestionIntent.purposes(of: before)
    let asked = QuestionIntent.purposes(of: next?.text ?? "")
    #expect(asked.isDisjoint(with: families), "\(line)")
  }

  @Test(
    "a point granted once more, when its own questions are spent, is stayed with",
    arguments: [
      "yeah true i guess", "fair enough", "ok thats fair", "hm you have a point there",
      "true, true", "i suppose thats right", "ok yeah fair", "thats fair i suppose",
      "ok, you have a point", "yeah ok, fair",
    ])
  func heldMoment(line: String) {
    var script = ExploreScript.questioning(
      "Crypto is mostly used for scams.",
      answers: ["because most coins go to zero and the founders cash out", "ok fair point"])
    let step = script.type(line)
    let next = ExploreScript.question(step)
    #expect(next?.arc == ExploreArcStep.moment.rawValue, "\(line): \(next?.text ?? "-")")
    #expect(next?.source != .pack, "\(line)")
  }

  @Test(
    "how something works is asked of a cause they named, never of a bare 'that'",
    arguments: [
      ("fees would push small sellers out", true),
      ("the ban will cut accidents", true),
      ("cheap loans drive prices up", true),
      ("the new rules protect tenants", true),
      ("ads make kids want junk", true),
      ("it kills the high street", true),
      ("the app is a menace", false),
      ("my mate lost money", false),
      ("prices are high", false),
      ("nobody trusts them", false),
    ])
  func mechanism(clause: String, cause: Bool) {
    #expect(ExploreArc.tellsACause(clause) == cause, "\(clause)")
  }
}
