import Testing

@testable import SocraticCore

@Suite("Reading an answer by what it does")
struct AnswerMoveReaderTests {
  @Test(
    "each answer is read as the moves it makes",
    arguments: [
      ("Because the trains are always late.", [AnswerMove.reason]),
      ("ok fair", [.concession]),
      ("I guess not everyone agrees", [.concession]),
      ("My uncle says the whole thing is rigged.", [.source]),
      ("I read about it in Haidt's book.", [.source]),
      ("honestly I'm exhausted and a bit resentful", [.feeling]),
      ("If I saw the numbers go down I'd rethink it.", [.wouldChangeMind]),
      ("What do you think?", [.asksBack]),
      ("same as I said before", [.repeat]),
      ("asdf", [.noContent]),
      ("?", [.noContent]),
      ("yes", [.noContent]),
      ("I don't know", [.noContent]),
      ("can you pass the gravy", [.offTopic]),
      ("Last year my cousin lost half his savings on a coin.", [.example]),
      ("honestly I don't know how the rebate even works", [.concession]),
    ])
  func moves(answer: String, expected: [AnswerMove]) {
    #expect(AnswerMoveReader.read(answer).moves == expected)
  }

  @Test(
    "a question about our words is not a question after our view; one after our view is",
    arguments: [
      ("you didnt mishear me? i said the buses, not the trams", false),
      ("did you mean the old library or the new one?", false),
      ("you got that from what i said? weird", false),
      ("you missed the bit about the rent?", false),
      ("were you listening? the vicar was the one who said it", false),
      ("you heard me say cheap? i said cheaper", false),
      ("you already asked that, no?", false),
      ("do u mean my sister?", false),
      ("so would you honestly vote for it?", true),
      ("what do u reckon then?", true),
      ("and you, do you agree?", true),
      ("what's your take?", true),
      ("why do you even care?", true),
    ])
  func asksOurView(answer: String, asks: Bool) {
    #expect(AnswerMoveReader.read(answer).moves.contains(.asksBack) == asks)
  }

  @Test(
    "idioms, qualified absolutes and someone else's words are never the person's absolutes",
    arguments: [
      "we fight about it every thanksgiving",
      "it could kill us all",
      "I guess not everyone agrees",
      "my mom says anyone can do it if they try",
      "I don't have much free time",
      "it happens all the time",
    ])
  func noOwnAbsolutes(answer: String) {
    #expect(AnswerMoveReader.read(answer).absolutes.isEmpty)
  }

  @Test(
    "disbelief that anyone sees it otherwise is no doubt",
    arguments: [
      "it's theft. i dont know how anyone can see it any other way",
      "I don't know how people can defend that",
    ])
  func disbelief(answer: String) {
    #expect(!AnswerMoveReader.read(answer).moves.contains(.concession))
  }

  @Test(
    "saying they are being honest names no blockage",
    arguments: [
      "the market isnt what it was, if im honest",
      "if i'm honest the vans parked outside bother me more",
      "if I am honest I never liked the new mayor",
      "its just too expensive now if i'm being honest",
      "if i'm honest, the kids seem happier at the new place",
    ])
  func sincerity(answer: String) {
    #expect(AnswerMoveReader.read(answer).blockage == nil)
  }

  @Test(
    "a hedge on how many or how often concedes nothing",
    arguments: [
      "my neighbour pays 90 a month for the app and opens it maybe twice",
      "the bus is late i guess 20 minutes every single day",
      "we eat out maybe once a week and its still too much",
      "they raised the price maybe like 3 times this year",
      "she reads maybe a few pages a night and calls it homework",
      "the council spent maybe half the budget on signs nobody reads",
      "i get probably a dozen scam calls a week",
      "he earns maybe around 40 an hour and still complains",
      "the lines take maybe an hour at the weekend",
      "i walk there maybe a couple of times a month",
    ])
  func hedgedAmount(answer: String) {
    #expect(!AnswerMoveReader.read(answer).moves.contains(.concession))
  }

  @Test(
    "a hedge on the view itself still concedes",
    arguments: [
      "the app is expensive but maybe it does help some people",
      "i guess the council had its reasons",
      "maybe the bus drivers are doing their best",
    ])
  func hedgedView(answer: String) {
    #expect(AnswerMoveReader.read(answer).moves.contains(.concession))
  }

  @Test(
    "a source they set aside is none of theirs",
    arguments: [
      "I go by real studies, not just stuff on facebook",
      "my gp told me, not the news",
    ])
  func disownedSource(answer: String) {
    let sources = AnswerMoveReader.read(answer).sources.map { $0.lowercased() }
    #expect(!sources.contains { $0.contains("facebook") || $0.contains("news") }, "\(sources)")
  }

  @Test("an absolute of the person's own is kept")
  func ownAbsolute() {
    #expect(AnswerMoveReader.read("Politicians always lie to get elected.").absolutes == ["always"])
  }

  @Test("a reason inside someone else's words is theirs, and they are the source")
  func reportedReason() {
    let read = AnswerMoveReader.read("My dad says it's bad because the banks hate it.")
    #expect(read.moves == [.source])
    #expect(read.reasons.isEmpty)
    #expect(read.sources == ["My dad"])
  }

  @Test("the parts of an answer are kept in the person's words")
  func parts() {
    let read = AnswerMoveReader.read(
      "Honestly I'm exhausted and a bit resentful. Maybe I'm trying to get out of it by pushing "
        + "it on her.")
    #expect(read.feelings == ["exhausted", "resentful"])
    #expect(read.blockage == "Maybe I'm trying to get out of it by pushing it on her")
  }

  @Test(
    "a feeling is named by any adjective after 'I feel', by tears, and by 'sick' without 'of'",
    arguments: [
      ("nobody notices any of it, I feel invisible at home", ["invisible"]),
      ("I'm tearing up a little writing this", ["upset"]),
      ("honestly I feel like crap about the whole thing", ["awful"]),
      ("I was sick about it for a week", ["sick"]),
      ("I'm tall and I work nights", []),
    ])
  func feelingsByRole(answer: String, feelings: [String]) {
    #expect(AnswerMoveReader.read(answer).feelings == feelings)
  }

  @Test(
    "saying they are leaving is read as leaving; someone else's leaving is not",
    arguments: [
      ("ok I'm done for tonight", true),
      ("alright I'm gonna call it here, bye", true),
      ("that is all from me /quit", true),
      ("I really need to go pick up my kid", true),
      ("I just said bye to my sister", false),
      ("that's enough for now, I have to get back to work", true),
      ("my brother said he has to go", false),
      ("I'm done with people who never call", false),
      ("ok that's it from me. night", true),
      ("i have to sleep, early shift tomorrow", true),
      ("I work at night", false),
      ("if we have to go from two staff to one we close", false),
      ("ok thats enough for me today", true),
      ("when I need to leave early the whole shift suffers", false),
      ("i guess bc i have to go back to work in june whether i like it or not", false),
      ("i really have to get back to the office next month so it matters", false),
      ("ok gotta get back to the shop, thanks", true),
      ("right, let's leave it", true),
      ("ok lets leave it, food's nearly ready", true),
      ("let's leave it to the experts to decide", false),
      ("dad wants us for tea, gotta stop", true),
      ("my wife needs me back home", true),
      ("the kids want me to buy them phones", false),
      ("my boss needs me to work weekends now", false),
      ("anyway, footy's on", true),
      ("right, kettle's on", true),
      ("ok the quiz is starting", true),
      ("well, the film's about to start", true),
      ("oh the news is on", true),
      ("anyway the derby is on", true),
      ("the match is on the line every week", false),
      ("anyway the game is on the way out", false),
      ("the telly is on all day in our house", false),
      ("right, the show is on about the same thing", false),
      ("honestly i still think we need to go but not before spring", false),
      ("i still think we need to go, but not before spring", false),
      ("yeah i reckon we need to go", false),
      ("we should leave the city, the traffic is awful", false),
      ("we need to leave before the rent goes up again", false),
      ("we should make a move, it's late", true),
      ("fair enough but they'll still put the price up on you later", false),
      ("ok catch you later", true),
      ("no thanks", false),
      ("nah thx, i'm good", false),
      ("ok, thanks", true),
    ])
  func leaving(answer: String, isLeaving: Bool) {
    #expect(AnswerMoveReader.read(answer).isLeaving == isLeaving)
  }

  @Test(
    "a hedge concedes only a view: never a number, a date or a 'when' clause behind it",
    arguments: [
      ("maybe 40 now instead of 60", [String]?.none),
      ("2019 maybe, when the plant closed", nil),
      ("I guess when my uncle got sick", nil),
      ("trains maybe, buses not so much", nil),
      ("weekly check-ins, maybe a short survey after a month", nil),
      (
        "maybe it's less simple than I made it sound",
        ["maybe it's less simple than I made it sound"]
      ),
      ("ugh, I kind of hear that", []),
      ("which... ok that's kind of fair actually", []),
    ])
  func hedgedConcession(answer: String, doubts: [String]?) {
    let read = AnswerMoveReader.read(answer)
    #expect(read.has(.concession) == (doubts != nil), "\(read.moves)")
    #expect(read.doubts == (doubts ?? []))
  }

  @Test(
    "a word on the question itself is confusion, not an answer to reflect",
    arguments: [
      ("what?", true),
      ("why do you keep asking me that", true),
      ("no idea why you keep asking that", true),
      ("it IS my view", true),
      ("what I mean is the buses are late", false),
    ])
  func confusion(answer: String, isConfused: Bool) {
    #expect(AnswerMoveReader.read(answer).isConfused == isConfused)
  }

  @Test(
    "a feeling shown inside a longer answer is a feeling; a granted point about the other is a concession",
    arguments: [
      ("the part I can't shake is how I cried in the car afterwards", AnswerMove.feeling),
      ("the first time I read it I had to pull over and sit for a while", .feeling),
      ("he works nights too, I know he does", .concession),
    ])
  func feelingInside(answer: String, move: AnswerMove) {
    #expect(AnswerMoveReader.read(answer).has(move), "\(AnswerMoveReader.read(answer).moves)")
  }

  @Test("saying 'I just said no' tells of something said, it repeats nothing")
  func reportedSayingIsNoRepeat() {
    let read = AnswerMoveReader.read("he asked to borrow it and I just said no")
    #expect(!read.has(.repeat))
  }

  @Test("an answer that says again what an earlier one said is a repeat")
  func repeatByWords() {
    let read = AnswerMoveReader.read(
      "The exit polls showed it clearly.", earlier: ["exit polls showed it clearly, I said"])
    #expect(read.has(.repeat))
  }

  @Test("a plain statement answering a why is a reason")
  func statementAsReason() {
    let read = AnswerMoveReader.read("Prices went up everywhere.", expectsReason: true)
    #expect(read.moves == [.reason])
    #expect(read.reasons == ["Prices went up everywhere"])
  }
}

@Suite("Reflections")
struct ReflectionWriterTests {
  @Test(
    "a reflection gives back what matters most, in the second person and plain English",
    arguments: [
      (
        "Because my team slowed down after we went remote.",
        "So your team slowed down after you went remote.", ReflectionDepth.simple
      ),
      (
        "honestly I'm exhausted and a bit resentful",
        "It sounds like you're exhausted and a bit resentful.", .simple
      ),
      (
        "it annoys me that everyone at work acts like it's the future",
        "It sounds like it annoys you that everyone at work acts like it's the future.", .simple
      ),
      ("come on, are you serious", "It sounds like you're feeling exasperated.", .complex),
      (
        "maybe I'm trying to get out of it by pushing it on her",
        "It sounds like you're wondering whether you're trying to get out of it by pushing it on "
          + "her.", .complex
      ),
      (
        "so maybe both? I don't know anymore",
        "It sounds like you see something on both sides now.",
        .complex
      ),
      ("I'm not so sure anymore tbh", "It sounds like you're not so sure anymore.", .simple),
      (
        "I guess a ban would just push kids to hide their phones though",
        "So you'd grant that a ban would just push kids to hide their phones.", .complex
      ),
      (
        "my neighbours say the plant is safe and that's true, but I still don't want it here",
        "So you grant that your neighbours say the plant is safe, but you still don't want it here.",
        .complex
      ),
      (
        "ok but a ban probably wouldn't work, people would find a way round it",
        "So you'd grant that a ban probably wouldn't work, people would find a way "
          + "round it.", .complex
      ),
      (
        "If I saw the numbers go down I'd rethink it.",
        "So if you saw the numbers go down, you'd rethink it.", .simple
      ),
      (
        "I'd change my mind if our rents stopped climbing for a year",
        "So if your rents stopped climbing for a year, you'd change your mind.", .simple
      ),
      (
        "My uncle says the whole thing is rigged.", "So your uncle says the whole thing is rigged.",
        .simple
      ),
      (
        "we tried a four day week and nobody missed a deadline",
        "So you tried a four day week and nobody missed a deadline.", .simple
      ),
      (
        "because landlords bought everything and nothing stops that",
        "So landlords bought everything and nothing stops that.", .simple
      ),
    ])
  func reflection(answer: String, text: String, depth: ReflectionDepth) {
    let reflection = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))
    #expect(reflection == Reflection(text: text, depth: depth))
  }

  @Test(
    "noise, a repeat, a question back or leaving the topic is not reflected",
    arguments: [
      "asdf", "same as I said before", "can you pass the gravy", "grocery bills",
    ])
  func nothingToReflect(answer: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer)) == nil)
  }

  @Test(
    "a concession that says not what gets no filler line; a bare source is where it comes from",
    arguments: [
      ("ok fair", nil),
      ("ugh, I kind of hear that", nil),
      ("the news mostly", "So a lot of it comes from the news."),
    ] as [(String, String?)])
  func bareConcessionAndSource(answer: String, text: String?) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test("a summary gives back reasons as reasons and doubts as doubts, each once")
  func summary() {
    var map = BeliefMap(claim: "remote work hurts teams")
    map.record(AnswerMoveReader.read("Because nobody mentors the new hires anymore."))
    map.record(AnswerMoveReader.read("nobody mentors the new hires anymore"))
    map.record(AnswerMoveReader.read("I suppose some of them learn fine on their own"))
    map.record(AnswerMoveReader.read("honestly I'm exhausted"))
    #expect(
      ReflectionWriter.summary(of: map)
        == "So far, you think remote work hurts teams because nobody mentors the new hires "
        + "anymore. You granted a point "
        + "for the other side: some of them learn fine on their own.")
  }

  @Test("a summary leaves out reasons that say nothing of their own, and doubts with no view")
  func sureSummary() {
    var map = BeliefMap(claim: "the council wastes money")
    map.record(AnswerMoveReader.read("because I believe it", expectsReason: true))
    map.record(AnswerMoveReader.read("because the new bridge cost twice the estimate"))
    map.record(AnswerMoveReader.read("maybe 60 now instead of 80"))
    map.record(AnswerMoveReader.read("I'm exhausted by it all"))
    #expect(
      ReflectionWriter.summary(of: map)
        == "So far, you think the council wastes money because the new bridge cost twice the "
        + "estimate. You feel exhausted.")
  }

  @Test("a summary needs two things that read well given back")
  func thinSummary() {
    var map = BeliefMap(claim: "remote work hurts teams")
    map.record(AnswerMoveReader.read("Because nobody mentors the new hires anymore."))
    #expect(ReflectionWriter.summary(of: map) == nil)
  }
}

@Suite("The belief map")
struct BeliefMapTests {
  @Test(
    "an item's words are compared lowercased, without apostrophes, accents kept in the word",
    arguments: [
      ("Isn't it José's 2nd café?", ["isnt", "it", "josés", "2nd", "café"]),
      ("we\u{2019}re DONE—for now", ["were", "done", "for", "now"]),
      ("cafe\u{301} au lait", ["cafe\u{301}", "au", "lait"]),
      ("  ", []),
    ])
  func plainWords(text: String, words: [String]) {
    #expect(BeliefMap.plainWords(text) == words)
  }

  @Test("answers add reasons, their examples and sources, doubts and feelings")
  func record() {
    var map = BeliefMap(claim: "crypto is a scam")
    map.record(AnswerMoveReader.read("Because most coins collapse within a year."))
    map.record(
      AnswerMoveReader.read("My cousin lost half his savings on one."), probedReason: 0)
    map.record(AnswerMoveReader.read("ok fair, some people do use it to send money home"))
    #expect(map.reasons.map(\.text) == ["most coins collapse within a year"])
    #expect(map.reasons[0].examples == ["My cousin lost half his savings on one"])
    #expect(map.doubts == ["some people do use it to send money home"])
  }

  @Test("a noise answer adds nothing")
  func noise() {
    var map = BeliefMap()
    map.record(AnswerMoveReader.read("asdf"))
    #expect(map.isEmpty)
  }
}
