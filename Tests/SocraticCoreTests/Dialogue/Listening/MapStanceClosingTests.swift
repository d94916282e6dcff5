import Testing

@testable import SocraticCore

/// A thread with what the tool gave back after each answer: "What you said" at its close.
private struct ReflectedThread: Sendable, CustomStringConvertible {
  var claim: String
  /// Each question's arc and words, the answer, and the reflection given back after it.
  var turns: [(arc: ExploreArcStep?, question: String, answer: String, reflection: String?)]

  var description: String { claim + " / " + (turns.last?.answer ?? "") }

  var digest: [BeliefMap.DigestSection] {
    var fold = BeliefMapFold()
    fold.apply(.belief(SessionEvent.Belief(text: claim, claim: claim)))
    for (index, turn) in turns.enumerated() {
      fold.apply(
        .question(
          SessionEvent.QuestionAsked(
            number: index + 1, kind: turn.arc == .inversion ? .inversion : .evidence,
            text: turn.question, source: .engine, arc: turn.arc?.rawValue)))
      fold.apply(.answer(SessionEvent.Answer(question: index + 1, text: turn.answer)))
      if let reflection = turn.reflection {
        fold.apply(
          .reflection(
            SessionEvent.ReflectionGiven(text: reflection, reflects: index + 1, depth: "simple")))
      }
    }
    return fold.map.digest
  }

  func items(under heading: String? = nil) -> [String] {
    digest.filter { heading == nil || $0.heading == heading }.flatMap(\.items)
  }
}

private let other = "Why might it not be so?"
private let more = "Could you say a little more about that?"

/// A point granted, given back, then turned down: (claim, the point, our line, their no).
private let rejections: [(String, String, String, String)] = [
  (
    "homework should be banned", "maybe kids who fall behind need the extra practice",
    "So kids who fall behind need the extra practice.",
    "no i said maybe. i dont actually think the practice helps them"
  ),
  (
    "the high street is dying", "some cafes opened near the station last spring",
    "So cafes are opening near the station.", "nah i meant they opened and shut within a year"
  ),
  (
    "zoos should close", "perhaps breeding programmes save rare frogs",
    "So breeding programmes save rare frogs.", "i never said that, i said perhaps"
  ),
  (
    "working from home is better", "maybe juniors learn slower without seniors nearby",
    "You're saying juniors learn slower without seniors nearby.",
    "what? no, i said the opposite. juniors in my team picked it up fine"
  ),
  (
    "our council wastes money", "granted the new library came in under budget",
    "So the library came in under budget.", "no i said it came in over budget, badly"
  ),
  (
    "video games make kids violent", "maybe most gamers never hurt anyone",
    "So most gamers never hurt anyone.", "i didnt say that at all"
  ),
  (
    "cash will disappear", "older shoppers still carry notes everywhere",
    "So older shoppers still carry notes everywhere.",
    "no i said they used to. my gran pays by card now"
  ),
  (
    "marathons are bad for your knees", "maybe runners with good shoes avoid the damage",
    "So good shoes avoid the damage.", "nope i meant the shoes barely matter"
  ),
  (
    "the referee ruined the final", "possibly the second goal was offside anyway",
    "So the second goal was offside anyway.", "no i said possibly. it was level on the replay"
  ),
  (
    "landlords should be licensed", "maybe small landlords cannot afford the fees",
    "So small landlords cannot afford the fees.",
    "no i said the big ones cannot. the small ones would cope"
  ),
]

@Suite("Closing: each clause filed by what it does to the claim")
struct MapStanceClosingTests {
  @Test("a point they turn down after it is given back is no longer shown", arguments: 0..<10)
  func rejectedPointIsDropped(index: Int) {
    let (claim, point, reflection, rejection) = rejections[index]
    let granted = ReflectedThread(
      claim: claim, turns: [(.inversion, other, point, reflection)])
    let key = reflection.split(separator: " ").suffix(2).joined(separator: " ")
      .trimmingCharacters(in: ["."])
    // Before the rejection the point is granted; after it, nowhere.
    #expect(granted.items().contains { $0.contains(key) }, "\(granted.digest)")
    var rejected = granted
    rejected.turns.append((.moment, more, rejection, nil))
    #expect(!rejected.items().contains { $0.contains(key) }, "\(rejected.digest)")
  }

  @Test("a denial of the question's own verb takes off what it put to them")
  func deniedQuestionVerb() {
    let thread = ReflectedThread(
      claim: "the monarchy should go",
      turns: [
        (.reasons, "What leads you to think so?", "the palaces cost millions every year", nil),
        (
          .moment, "What makes you wonder whether it's less the palaces than you said?",
          "i dont wonder that, the palaces are the whole point", nil
        ),
      ])
    #expect(!thread.items().contains { $0.contains("less the palaces") })
  }

  @Test(
    "a plain no that argues on keeps what was said before",
    arguments: [
      "no, the trains are worse than the buses", "no way, the fares went up twice",
      "nah the drivers are lovely to be fair",
    ])
  func plainNoKeeps(answer: String) {
    let thread = ReflectedThread(
      claim: "public transport here is a mess",
      turns: [
        (.inversion, other, "maybe the new bus lanes sped things up a little", nil),
        (.moment, more, answer, nil),
      ])
    #expect(thread.items(under: "What you granted").contains { $0.contains("bus lanes") })
  }

  @Test(
    "a source that names no one is not shown as where it comes from",
    arguments: [
      "a book", "this video", "some article", "a documentary", "that podcast", "one study",
      "an article", "these posts", "another video", "a report",
    ])
  func unnamedSource(source: String) {
    #expect(BeliefMap.namesNoOne(source))
  }

  @Test(
    "a source with a name, an outlet or a person is kept",
    arguments: [
      "the Telegraph", "my uncle", "a BBC documentary", "the news", "Reuters",
      "a Guardian piece", "a tiktok video", "my GP", "this Panorama episode", "the council",
    ])
  func namedSource(source: String) {
    #expect(!BeliefMap.namesNoOne(source))
  }

  @Test(
    "leaving the talk is never a plan",
    arguments: [
      "anyway i should stop, the kids need picking up", "i better go now", "i have to run",
      "i should head off", "we should finish here", "ok i'm gonna stop there",
      "i need to go now", "i must dash",
    ])
  func leavingIsNoPlan(plan: String) {
    #expect(BeliefMap.endsTheTalk(plan))
  }

  @Test(
    "a plan about their life is still a plan",
    arguments: [
      "i'll stop giving him money", "i should stop buying lottery tickets",
      "i will leave the group chat", "i'm going to go to the council meeting",
      "i'll run it past my sister",
    ])
  func realPlan(plan: String) {
    #expect(!BeliefMap.endsTheTalk(plan))
  }

  @Test(
    "a word to the tool, after a no or a yeah, is no reason",
    arguments: [
      "no you didnt put it badly i was just thinking", "yeah you didnt get it wrong",
      "nah you missed the point there", "ok you said that already", "no you put it fine",
      "well you skipped my second reason", "oh you got that right",
    ])
  func replyToTool(text: String) {
    #expect(BeliefMap.addressesListener(text))
  }

  @Test(
    "not knowing of nothing is neither a reason nor a doubt",
    arguments: [
      "idk if there is much else", "i dont know really", "i don't know to be honest",
      "i dont know if there is anything else",
    ])
  func knowsOfNothing(text: String) {
    #expect(BeliefMap.knowsOfNothing(text))
  }

  @Test(
    "not knowing something that carries meaning still says something",
    arguments: ["i dont know anyone who got sick", "idk the figures for our town"])
  func knowsOfSomething(text: String) {
    #expect(!BeliefMap.knowsOfNothing(text))
  }

  @Test(
    "an item whose subject was cut off before 'and' does not read",
    arguments: [
      "your brother and think 16 is too young", "your mum and reckon it's fine",
      "the neighbours or say it's too loud", "your boss and want it gone",
    ])
  func cutSubject(item: String) {
    #expect(!BeliefMap.reads(item))
  }

  @Test("the same point said twice, in other case or spelling, is shown once")
  func sameDoubtOnce() {
    let thread = ReflectedThread(
      claim: "my sister should move back home",
      turns: [
        (.inversion, other, "i'm not sure it would help her", nil),
        (.moment, more, "im NOT sure it would help her", nil),
      ])
    #expect(thread.items().count { $0.lowercased().contains("help her") } == 1)
  }

  @Test("an item whose words stand in one shown before it is not shown again")
  func repeatsLeftOut() {
    let sections = BeliefMap.withoutRepeats([
      .init(heading: "What others say", items: ["your daughter says the phones are fine"]),
      .init(heading: "What you granted", items: ["\u{201C}daughter\u{201D}", "the phones help"]),
      .init(heading: "Feelings you named", items: ["worried"]),
    ])
    #expect(
      sections.map(\.items) == [
        ["your daughter says the phones are fine"], ["the phones help"], ["worried"],
      ])
  }

  @Test(
    "who the claim does not fit, asked as a negated question, is no reason",
    arguments: [
      "nurses maybe. care homes", "farmers in harvest season", "people on night shifts",
      "pensioners on fixed incomes",
    ])
  func exceptionsAreNoReasons(answer: String) {
    let thread = ReflectedThread(
      claim: "a four day week would suit everyone",
      turns: [(.clarify, "Who might not fit into 'everyone' here?", answer, nil)])
    #expect(thread.items(under: "Your reasons").isEmpty, "\(thread.digest)")
  }

  @Test(
    "a clause for the other side, given when asked for it, is granted",
    arguments: [
      ("small shops might not cope with the fees", "cope with the fees"),
      ("the trains would still run late at weekends", "run late at weekends"),
      ("the buses would fill up at rush hour", "fill up at rush hour"),
    ])
  func pointForOtherSide(answer: String, shown: String) {
    let thread = ReflectedThread(
      claim: "the city should charge drivers to enter",
      turns: [(.inversion, other, "hmm. " + answer, nil)])
    #expect(thread.items(under: "What you granted").contains { $0.contains(shown) })
  }

  @Test(
    "someone else's saying, or a point put as a question, is not granted",
    arguments: [
      "my dad calls it a racket", "people would still drive in, wouldnt they",
      "you cant charge nurses for parking",
    ])
  func notGranted(answer: String) {
    let thread = ReflectedThread(
      claim: "the city should charge drivers to enter",
      turns: [(.inversion, other, answer, nil)])
    #expect(thread.items(under: "What you granted").isEmpty, "\(thread.digest)")
  }

  @Test("a contrast said further on in an answer sets no reason of theirs right")
  func laterContrastIsNoCorrection() {
    let thread = ReflectedThread(
      claim: "the river floods are getting worse",
      turns: [
        (.reasons, "What leads you to think so?", "the old boatmen and that crowd say so", nil),
        (
          .weight, "Which carries the most weight?",
          "the floods probably. and the engineers, not the crowd", nil
        ),
      ])
    #expect(!thread.items(under: "Your reasons").contains { $0.contains("engineers") })
  }
}

/// A word set off by a comma before a verb with no subject of its own: (claim, the answer).
private let setOffOpenings: [(String, String)] = [
  ("school uniforms should go", "hmm, never looked at it from the kids' side"),
  ("cash is dying out", "blimey, hadn't thought about the old folk"),
  ("the railways should be nationalised", "gosh, never considered who pays the pensions"),
  ("meat should be taxed", "whoa, never realised farmers got subsidies"),
  ("the pub is dying", "ooh, didn't think of the rent side of it"),
  ("tourists ruin cities", "crikey, never pictured the cleaners living out there"),
  ("homework should be banned", "welp, hadn't thought of the quiet kids"),
  ("cars should be banned from town", "huh, never thought of the deliveries"),
  ("zoos should close", "wow, never heard that about the frog programmes"),
  ("streaming killed music", "oof, hadn't considered the small venues"),
]

@Suite("A word set off by a comma is nobody's view")
struct SetOffOpeningTests {
  @Test(
    "'huh, never thought of X' is no one else's view in the closing",
    arguments: setOffOpenings)
  func setOffWordIsNoOne(claim: String, answer: String) {
    let thread = ReflectedThread(
      claim: claim,
      turns: [(nil, more, "it just is, everyone knows it", nil), (nil, other, answer, nil)])
    #expect(thread.items(under: "What others say").isEmpty, "\(thread.digest)")
  }
}

/// A feeling named, then its word set aside: (claim, the first answer, the feeling word, the
/// second answer).
private let labelsSetAside: [(String, String, String, String)] = [
  (
    "the pier should be saved", "honestly it makes me furious", "furious",
    "furious is maybe a bit strong. more fed up"
  ),
  (
    "the bakery chain ruined the high street", "i'm gutted about it", "gutted",
    "gutted is too much really. just a bit sad"
  ),
  (
    "the rail strike is fair", "it leaves me angry", "angry",
    "angry is probably the wrong word, more tired"
  ),
  (
    "the old pool should reopen", "i feel heartbroken about it", "heartbroken",
    "heartbroken is a bit much lol"
  ),
  (
    "the new estate is too big", "it makes me anxious", "anxious",
    "anxious is maybe not the right word"
  ),
  (
    "the tip should stay open on sundays", "i'm so frustrated with the council", "frustrated",
    "frustrated is kinda strong, i'm more puzzled"
  ),
  (
    "the derby should be moved", "honestly i'm devastated", "devastated",
    "devastated is overdoing it, but i'm disappointed"
  ),
  (
    "the choir should get funding", "it makes me sad", "sad",
    "sad is not quite it. more like wistful"
  ),
  (
    "the market hall should be listed", "i'm scared it'll go", "scared",
    "scared is too strong, worried maybe"
  ),
  (
    "the ferry should keep running", "it makes me upset", "upset",
    "upset is maybe the wrong word tbh"
  ),
]

@Suite("A feeling's word set aside is no feeling and no doubt")
struct FeelingLabelSetAsideTests {
  @Test(
    "'hurt is maybe the wrong word': the feeling goes, and the line is not granted",
    arguments: labelsSetAside)
  func labelGoes(claim: String, first: String, feeling: String, second: String) {
    let thread = ReflectedThread(
      claim: claim, turns: [(nil, more, first, nil), (nil, more, second, nil)])
    let items = thread.items()
    #expect(!items.contains { $0.lowercased().contains(feeling + " is") }, "\(thread.digest)")
    #expect(
      !thread.items(under: "Feelings you named").contains { $0.contains(feeling) },
      "\(thread.digest)")
  }
}
