import Testing

@testable import SocraticCore

/// What partner suggests is said across a table: one plain question each, nothing of theirs
/// pasted in that does not read as a whole short sentence, a dig at the listener taken calmly,
/// a feeling kept to, and a claim they softened never said back in its old form.
@Suite("Partner asks one plain thing")
struct PartnerOneAskTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func texts(_ step: DialogueStep) -> [String] { step.suggestions.map(\.text) }

  @Test(
    "a wording that asks twice, lists, sends them to authorities or presumes is not for partner",
    arguments: [
      "Where did you first hear about it, and who told you?",
      "What do you like about the plan, and what worries you?",
      "Which bits of the report do you trust, and why?",
      "Who benefits from the new road, and who pays for it?",
      "What happened at the meeting, and what did you say?",
      "What would a good teacher, a good head or a good parent do here?",
      "What do the experts on housing say about it?",
      "What would scientists who work on this tell you?",
      "Which studies back that up?",
      "What are you assuming about people who shop online?",
      "What would someone need to believe already to see it like you?",
      "Is that true? And does it matter?",
    ])
  func unfit(wording: String) {
    #expect(!PartnerAsk.suits(wording))
  }

  @Test(
    "one plain ask suits partner, a contrast of two parts among them",
    arguments: [
      "What makes you say that?",
      "Which part still seems right to you, and which part less so?",
      "What was the hardest part of it for you?",
      "How did you come to see it that way?",
      "What are you taking for granted there?",
      "What would change your mind about the new road?",
      "Who do you know who sees it differently?",
      "What do you make of that, next to your view?",
      "When did you first start to feel that way about the bus service?",
      "What would it take for you to see the library plan differently?",
    ])
  func fit(wording: String) {
    #expect(PartnerAsk.suits(wording))
  }

  @Test(
    "a dig at the listener gets a calm line that owns it, never its words given back",
    arguments: [
      "and no offence but you've changed flats four times yourself",
      "well you never finish anything yourself love",
      "i'm not being rude but you spent a fortune on takeaways yourself",
      "you're hardly an early riser yourself",
      "you quit the gym after a month too",
      "not being funny but you left uni halfway through yourself",
      "you've had three cars in five years yourself, mate",
      "no offence but you were on your phone all through dinner too",
      "with respect you don't read the paper either",
      "you dropped out of piano lessons yourself",
    ])
  func jab(line: String) {
    var script = partnerScript()
    script.type("young people these days never stick at anything")
    let step = script.type(line)
    #expect(step.suggestions.count == 1, "\(texts(step))")
    #expect(PartnerLines.takingAJab.contains(step.suggestedReflection ?? ""), "\(texts(step))")
    #expect(!texts(step).joined().contains("yourself"))
  }

  @Test(
    "a reason with a list of names, a frame or a run-on is never pasted into a question",
    arguments: [
      (
        "because the neighbours, jim, pat, the whole street, they all say the same",
        "the whole street"
      ),
      ("because i'm not being funny but the buses are always late", "not being funny"),
      ("cos the vicar, the postman and the doctor all told me so", "the postman"),
      (
        "because every single time i go into town on a saturday afternoon the car parks are completely full",
        "car parks"
      ),
      ("because no offence but the new shops are all rubbish", "no offence"),
      ("because my sister, my cousin, my aunt all moved away for work", "my aunt"),
      ("because the rents, the rates, the parking all went up", "the parking"),
      (
        "because the last time they tried it the roads were blocked for weeks and nobody could get to work on time",
        "nobody could"
      ),
      ("since, honestly, like, the council just doesn't care", "honestly"),
      ("because dave, kev, steve, they all lost their jobs", "kev"),
    ] as [(String, String)])
  func unquotable(reason: String, fragment: String) {
    var script = partnerScript()
    script.type("the town centre is dying")
    let step = script.type(reason)
    for question in step.suggestedQuestions {
      #expect(!question.text.contains(fragment), "\(question.text)")
    }
  }

  @Test(
    "a word of a fixed phrase around the claim is no term to ask about",
    arguments: [
      "school uniforms are pointless, thats the truth of it",
      "the trains are a joke, and thats the honest truth",
      "the council wastes our money, truth be told",
      "self checkouts are a nightmare, to tell you the truth",
      "nobody reads books anymore, that's the truth",
      "the new bridge is ugly, if i'm telling the truth",
      "kids watch too much telly, truth of the matter",
      "the buses are useless, and that's the truth of it",
      "football is too expensive now, thats the plain truth",
      "petrol prices are a scandal, god's honest truth",
    ])
  func fixedPhrase(line: String) {
    var script = partnerScript()
    script.type(line)
    let step = script.type("because everyone i know says the same")
    for question in step.suggestedQuestions {
      #expect(!question.text.lowercased().contains("truth"), "\(question.text)")
    }
  }

  @Test(
    "after a feeling is shared, no question goes back to the claim",
    arguments: [
      "honestly i've been lonely since my friend moved away",
      "i feel stupid every time it comes up at work",
      "if i'm honest i'm scared i'll lose my job over it",
      "it makes me feel so small when they laugh at me",
      "i get really anxious about money these days",
      "i'm just tired of being treated like an idiot",
      "i've felt really down about it for months",
      "i'm scared stiff about what happens to my dad now",
      "i'm worried sick about my mum, to be honest",
      "i feel like nobody listens to me anymore",
    ])
  func feeling(line: String) {
    var script = partnerScript()
    script.type("the local hospital should never have closed")
    let step = script.type(line)
    for question in step.suggestedQuestions {
      #expect(!question.text.contains("hospital"), "\(question.text)")
    }
  }

  @Test(
    "once they soften the claim, the close never says it back in its old form",
    arguments: [
      "ok maybe not all of them are lazy",
      "i suppose some of them work hard",
      "fair enough, the lad next door grafts",
      "to be fair my niece never stops working",
      "i guess it's not all of them",
      "alright, maybe it's just the ones i meet",
      "granted, some of them are good",
      "i'll admit the girl at the bakery works hard",
      "ok fair, a few of them are decent",
      "you're right, they're not all like that",
    ])
  func softened(concession: String) {
    var script = partnerScript()
    script.type("young people are lazy")
    script.type(concession)
    let step = script.type("anyway i'd better go, thanks love")
    for text in texts(step) { #expect(!text.contains("young people are lazy"), "\(text)") }
  }

  @Test(
    "a tease about a look is no hurt: no apology",
    arguments: [
      "probably yeah. dont look at me like that",
      "ha. don't look at me like that, you asked",
      "stop looking at me like that, it's true",
      "don't stare at me like that, i mean it",
      "oh dont smile at me like that",
      "stop smirking, i'm serious",
      "dont laugh at me, it's what i think",
      "oh don't roll your eyes at me",
      "stop staring, it's not that mad",
      "don't look at me like i've got two heads",
    ])
  func tease(line: String) {
    var script = partnerScript()
    script.type("the council should scrap the bike lanes")
    let step = script.type(line)
    #expect(!texts(step).contains { $0.hasPrefix("Sorry") }, "\(texts(step))")
  }

  @Test(
    "a question about what it was for them is not offered after they were asked one",
    arguments: [
      "/me what was that like for you?",
      "/me what did that mean for you?",
      "/me how was that for you?",
      "/me what was it like for you, when it happened?",
      "/me what did it feel like for you?",
      "/me how did that feel for you?",
      "/me what was that like for you at the time?",
      "/me what was it like for you?",
      "/me and what was that like for you then?",
      "/me how was it for you back then?",
    ])
  func nearRepeat(asked: String) {
    var script = partnerScript()
    script.type("the new estate has ruined the village")
    script.type(asked)
    let step = script.type("we lost the field where my kids used to play football")
    for question in step.suggestedQuestions {
      #expect(!WordingKey(question.text).asksWhatItWasForThem, "\(question.text)")
    }
  }
}
