import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about family camping, with a reason on its cost.
private let campingPack = TopicPack(
  id: "camping", title: "Family camping", version: 1, keywords: ["camping", "tent", "campsite"],
  beliefs: [
    PackBelief(
      text: "Camping is the best holiday for young families.", side: .for,
      reasons: [
        "Kids get to run about outside all day instead of sitting in a car.",
        "A week on a campsite costs a fraction of a hotel.",
      ],
      replies: ["My two slept better in the tent than they ever do at home."])
  ],
  questions: [])

/// A pack of these tests' own whose lines say nothing of money.
private let choirPack = TopicPack(
  id: "choirs", title: "Choirs", version: 1, keywords: ["choir", "singing"],
  beliefs: [
    PackBelief(
      text: "Singing in a choir keeps older people well.", side: .for,
      reasons: [
        "Singers breathe deeper and stand straighter.",
        "Rehearsals give the week a shape and a reason to go out.",
      ])
  ],
  questions: [])

/// A pack of these tests' own whose belief calls for an act.
private let phonesPack = TopicPack(
  id: "phones", title: "Phones at school", version: 1, keywords: ["phone", "school"],
  beliefs: [
    PackBelief(
      text: "Schools should ban phones in lessons.", side: .for,
      reasons: ["Pupils check their phones every few minutes when they have them."])
  ],
  questions: [])

/// A pack of these tests' own whose reply opens with a plural that is no name.
private let roofPack = TopicPack(
  id: "roofs", title: "School roofs", version: 1, keywords: ["roof", "solar"],
  beliefs: [
    PackBelief(
      text: "Every school roof should carry solar panels.", side: .for,
      reasons: ["Schools use most of their power in daylight hours."],
      replies: ["Renewables on the roof cover the daylight power a school uses."])
  ],
  questions: [])

@Suite("The drill persona takes a fair check as one, after chat before its 'so'")
struct PersonaTakesFairChecksTests {
  @Test(
    "a check on its own reason, after small talk, is welcomed, never taken as words in its mouth",
    arguments: [
      "right ok so the cost is the main thing for you?",
      "yeah so the cheap week away matters most to you?",
    ])
  func fairCheckAfterChat(line: String) throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    script.type(reasonsFirst)
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == "reflection", "\(critique)")
    #expect(
      PersonaVoice.agreements.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("'so X, is that the main thing?' asks which weighs most: it gives no 'Yes, exactly'")
  func soThenAYesOrNo() throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    script.type(reasonsFirst)
    let answer = try personaReply(
      in: script.type("so the cheap week, is that the main thing for you?"))
    #expect(
      answer.text
        == "It's one of them, but not the main one. The one that weighs most with me: kids get "
        + "to run about outside all day instead of sitting in a car.")
  }
}

@Suite("The drill persona answers a question about cost from its own lines, or owns it can't")
struct PersonaAnswersCostTests {
  @Test("asked whether it is worth the money, it gives its line on the cost")
  func costLine() throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    let answer = try personaReply(in: script.type("is it worth the money though?"))
    #expect(answer.text == "Short answer: a week on a campsite costs a fraction of a hotel.")
  }

  @Test("with no line on the cost, it says it doesn't know the figures, and is shaken")
  func noCostLine() throws {
    var script = drill(holdingFirstBeliefOf: choirPack)
    let answer = try personaReply(in: script.type("how much do the lessons cost though"))
    #expect(
      answer.text == "Honestly, I don't know what it costs; I haven't looked at the figures.")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }

  @Test(
    "a cost counted in something other than money is no question about figures",
    arguments: [
      "what would it cost you to give up the choir?",
      "does it cost you much sleep, all the rehearsing?",
      "what's the price of missing a season?",
    ])
  func figurativeCost(_ line: String) throws {
    var script = drill(holdingFirstBeliefOf: choirPack)
    let answer = try personaReply(in: script.type(line))
    #expect(!PersonaVoice.costUnknown.contains(answer.text), "\(line): \(answer.text)")
    #expect(answer.text != PersonaVoice.costToldAlready, "\(line)")
  }

  @Test("money borne by someone is still money")
  func moneyBorne() {
    for line in [
      "how much did it cost you?", "did the lessons cost you a fortune?",
      "how much does it cost to run a zoo?", "what does it cost to hire the hall?",
    ] {
      #expect(
        !PersonaVoice.asksAFigurativeCost(Tokenizer.tokenize(line).filter(\.isWord)), "\(line)")
    }
  }
}

@Suite("The drill persona uses no template of another domain")
struct PersonaFitsItsTopicTests {
  @Test("how an act it calls for would work ends on who does what, never on checks")
  func mechanismWithoutChecks() throws {
    var script = drill(holdingFirstBeliefOf: phonesPack)
    let answer = try personaReply(in: script.type("how would that work step by step"))
    #expect(
      answer.text.hasSuffix("Who exactly would do what, and how, I haven't worked out."),
      "\(answer.text)")
  }
}

@Suite("A pack word that is no name loses its capital when it moves out of first place")
struct PersonaRunsOnPackWordsTests {
  @Test("'Renewables' after an agreement is said in lowercase")
  func renewablesRunOn() throws {
    var script = drill(holdingFirstBeliefOf: roofPack)
    script.type("why do you think so?")
    let answer = try personaReply(
      in: script.type("so it's the daylight hours that make it work for you"))
    #expect(
      answer.text.hasSuffix("and renewables on the roof cover the daylight power a school uses."),
      "\(answer.text)")
  }
}

@Suite("The drill persona never opens two replies with the same agreement while another is left")
struct PersonaVariesItsAgreementTests {
  @Test("a second reflection, four lines on, is agreed with in other words")
  func secondAgreementDiffers() throws {
    let answers = try personaReplies(
      typing: [
        "so the kids get to run about outside all day", "what else makes you think so?",
        "who would see it differently?", "what would change your mind?",
        "so a week there costs far less than a hotel",
      ], holdingFirstBeliefOf: campingPack)
    #expect(answers[0].text.hasPrefix("Yes, exactly \u{2014} and"), "\(answers[0].text)")
    #expect(
      answers[4].text == "That's right, and a week on a campsite costs a fraction of a hotel.",
      "\(answers[4].text)")
  }
}

@Suite("The drill coaches and answers 'who would see it differently?' as asking other views")
struct PersonaOtherViewsAskedTests {
  @Test("who else would see it differently asks viewpoints, and gets the other side")
  func whoSeesItDifferently() throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    let (answer, critique) = try replyAndCritique(in: script.type("who would see it differently?"))
    #expect(critique.kind == .viewpoints, "\(critique)")
    #expect(answer.text.hasPrefix("I know not everyone sees it my way."), "\(answer.text)")
  }
}

@Suite("The drill persona bristles only at words put in its mouth")
struct PersonaOwnWordsGivenBackTests {
  @Test("its own words quoted back in a challenge are no words put in its mouth")
  func quotedBackInAChallenge() throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    script.type("why camping and not a hotel")
    let answer = try personaReply(
      in: script.type("you said it was cheap but the gear isnt cheap is it"))
    #expect(
      answer.text
        == "\u{201C}Cheap\u{201D} is your word, not mine. I've thought about this more than "
        + "you'd guess, and I'm staying put.")
  }

  @Test("a condition guessed for it, typed fast ('youd'), is owned as a fair thought")
  func guessedConditionTypedFast() throws {
    var script = drill(holdingFirstBeliefOf: campingPack)
    script.type("why camping and not a hotel")
    let answer = try personaReply(
      in: script.type("so if a wet week put the kids off, youd think again"))
    #expect(
      answer.text.hasPrefix("I didn't say that, but it's a fair thought."), "\(answer.text)")
  }
}
