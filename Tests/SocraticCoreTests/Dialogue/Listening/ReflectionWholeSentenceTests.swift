import Foundation
import Testing

@testable import SocraticCore

/// Whether a clause, as the writer would give it back, reads as a sentence.
private func reads(_ clause: String) -> Bool {
  ReflectionCheck.reads(Shorthand.expanded(Tokenizer.tokenize(clause)))
}

@Suite("Every reflection is a whole sentence of the person's own point")
struct ReflectionWholeSentenceTests {
  @Test(
    "an -ing form whose clause has its own subject is no subject: the fragment is not given back",
    arguments: [
      "seeing there was nobody at the desk for hours",
      "hearing they had closed the library again",
      "knowing it was all paid for by the council",
      "thinking we could fix it ourselves",
      "realising she had lied the whole time",
      "finding out he was paid by the firm",
      "remembering there were shops on every corner",
      "feeling you were never listened to",
      "noticing it got worse every winter",
      "learning they had sold the land",
    ])
  func gerundFragment(answer: String) {
    let first = answer.split(separator: " ")[0]
    #expect(!(reflected(answer) ?? "").lowercased().contains(first))
    #expect(!reads(answer))
  }

  @Test(
    "a subordinate clause with no main clause is not given back",
    arguments: [
      "if the council actually fixed the roads round here",
      "because the rent went up again",
      "unless somebody checks the figures",
      "when the mill shut down for good",
      "although the buses run late",
      "if one of them came round and listened",
      "until the prices come down",
      "whenever the ferry breaks down",
      "since the new boss took over",
      "once the kids leave home",
    ])
  func subordinateOnly(clause: String) {
    let opener = String(clause.split(separator: " ")[0])
    #expect(!(reflected(clause) ?? "").lowercased().contains(opener + " "))
  }

  @Test(
    "a singular noun that counts, with no determiner, is no subject",
    arguments: [
      "bus one broke down twice", "car one caught fire", "phone one died in a week",
      "shop one closed last year", "train one was late again", "van one got nicked",
      "kettle one blew up", "laptop one froze every day", "bike one got stolen",
      "boat one sank in the harbour",
    ])
  func bareCountNoun(clause: String) {
    #expect(!reads(clause))
  }

  @Test(
    "a subject that stands without a determiner still reads",
    arguments: [
      "money talks in this town", "cars rust in the salt", "school is a waste of time",
      "climate change is real", "bus drivers work long hours", "people want cheaper rent",
      "Dave fixed the boiler", "water gets everywhere", "tax law is boring",
      "nobody reads the terms",
    ])
  func subjectWithoutDeterminer(clause: String) {
    #expect(reads(clause))
  }

  @Test(
    "a question in the answer, typed with no question mark, is never given back as a statement",
    arguments: [
      ("they promise the earth and where's the money coming from", "where"),
      ("the fees are huge and how's anyone meant to pay", "how"),
      ("how's a nurse meant to afford that", "afford"),
      ("where's the proof they work", "proof"),
      ("what's it going to change", "change"),
      ("who's actually read the bill", "bill"),
      ("the roads are shocking and where's the council", "council"),
      ("why's it always the poor who pay", "poor"),
      ("what's the council ever done for us", "done"),
      ("the pitch is flooded and when's it getting fixed", "when"),
    ])
  func rhetoricalQuestion(answer: String, key: String) {
    #expect(!(reflected(answer) ?? "").contains(key))
  }

  @Test(
    "a question asked to make a point gives back the point its frame makes",
    arguments: [
      ("who'd even read all that", "So you doubt anyone would read all that."),
      ("who's going to pay for it", "So you doubt anyone is going to pay for it."),
      ("what's the point of voting", "So you don't see the point of voting."),
      ("who would actually trust the banks", "So you doubt anyone would trust the banks."),
      ("why would anyone move there", "So you can't see why anyone would move there."),
      ("who can afford a house now", "So you doubt anyone can afford a house now."),
      ("honestly who'd even notice", "So you doubt anyone would notice."),
      ("what's the point in recycling", "So you don't see the point of recycling."),
      ("who'd ever fix the roads", "So you doubt anyone would fix the roads."),
      ("why would anybody pay that", "So you can't see why anyone would pay that."),
    ])
  func rhetoricalPoint(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "the speaker's word about this talk is never given back as their view",
    arguments: [
      ("i already said it's about the cost", "said"),
      ("i'm not saying the old days were better", "saying"),
      ("i never said the teachers were lazy", "said"),
      ("i told you it's the landlords", "told"),
      ("i didn't say everyone cheats", "say"),
      ("i wasn't saying it's easy", "saying"),
      ("i kinda mentioned the buses before", "mentioned"),
      ("im not saying ban them", "saying"),
      ("i just said it costs too much", "said"),
      ("i never claimed the plan was perfect", "claimed"),
    ])
  func talkAboutTheTalk(answer: String, word: String) {
    #expect(!(reflected(answer) ?? "").contains(word))
  }

  @Test(
    "telling someone else what happened is theirs to give back",
    arguments: [
      ("i told my boss i'd quit", "So you told your boss you'd quit."),
      ("i said to my sister it was a scam", "So you said to your sister it was a scam."),
      ("i'd say the fees are too high", "So the fees are too high."),
    ])
  func sayingToSomeoneElse(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "words of talk at either end are left off",
    arguments: [
      ("anyway the trains are always late", "So the trains are always late."),
      ("they're a rip off mind", "So they're a rip off."),
      ("it's a daft idea like", "So it's a daft idea."),
      ("mind you the staff were lovely", "So the staff were lovely."),
      ("anyways the rent keeps going up", "So the rent keeps going up."),
      ("anyhow the vote was close", "So the vote was close."),
      ("you know what the council never listens", "So the council never listens."),
      ("so anyway the market crashed", "So the market crashed."),
      ("the buses were packed mind", "So the buses were packed."),
      ("the landlord never replied like", "So the landlord never replied."),
    ])
  func discourseMarkers(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a closing word that the clause takes is never cut off it",
    arguments: [
      "the kids know what a cow looks like", "the manager knows what the rota looks like",
      "nobody asked how it felt like", "that's what it sounds like",
    ])
  func markerKept(answer: String) {
    let text = reflected(answer) ?? ""
    #expect(!text.hasSuffix("looks.") && !text.hasSuffix("felt.") && !text.hasSuffix("sounds."))
  }

  @Test(
    "a verb whose object is the speaker left its own subject off: no 'you' given it",
    arguments: [
      "gets me to work and back without breaking down",
      "drives me mad every single morning",
      "keeps me up at night worrying",
      "makes me feel stupid at the counter",
      "got me through the winter",
      "gets me out of the house",
      "takes me an hour each way",
      "sends me to sleep every time",
      "reminds me of my grandad",
      "helped me pay the rent",
    ])
  func speakerAsObject(answer: String) {
    let text = reflected(answer) ?? ""
    #expect(text.range(of: #"\byou \w+ you\b"#, options: .regularExpression) == nil)
  }
}

/// "the pipes bang all night and it keeps me awake": a noise or a baby keeps people up as
/// well as a worry; the fact is given back, never a feeling they did not name.
@Suite("Being kept up is given back as told, with no feeling put to it")
struct ReflectionKeptUpTests {
  @Test(
    "being kept up is reflected as the fact",
    arguments: [
      (
        "the heating pipes bang all night and it keeps me awake",
        "So the heating pipes bang all night."
      ),
      (
        "the baby upstairs cries and that keeps me up",
        "So the baby upstairs cries and that keeps you up."
      ),
    ])
  func fact(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }
}

@Suite("A narrowing said without a verb is the moment given back")
struct ReflectionNarrowingTests {
  @Test(
    "not everyone, not all: what they are now less sure of comes before the story after it",
    arguments: [
      (
        "ok fair, not literally all of them. but my aunt's shop tried it and it went fine",
        "not literally all of them"
      ),
      (
        "fair enough, maybe not every teacher. my sister's head is great though",
        "not every teacher"
      ),
      ("ok true, not all landlords. ours never fixed the boiler", "not all landlords"),
      ("fair, not every driver. but the ones on our road are mental", "not every driver"),
      ("fair, maybe not all of the staff. the managers were awful", "not all of the staff"),
      ("ok fair, not everyone. my whole office hated it", "not everyone"),
      ("true, not every single one. the big ones are crooks", "not every single one"),
      ("ok true, not all politicians. the ones round here are useless", "not all politicians"),
      ("fair point, not every council. ours wastes loads", "not every council"),
      ("yeah fair, not all vapes. the cheap ones are the problem", "not all vapes"),
    ])
  func narrowing(answer: String, narrowed: String) {
    #expect(
      ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text.contains(narrowed)
        == true)
  }
}

@Suite("What a reason 'comes down to' is a thing, never people or a clause")
struct ComesDownToTests {
  @Test(
    "'because of us', 'because of the X i suppose': no 'it comes down to'",
    arguments: [
      "the ward shut because of us",
      "the bus got cut because of them",
      "it all went wrong because of me",
      "she left because of him",
      "prices went up because of the war i reckon",
      "the shop closed because of the rent we think",
      "they won because of the young vote i suppose",
      "it failed because of what they did",
      "we lost because of how he played",
      "it stopped because of who was in charge",
    ])
  func noThing(answer: String) {
    #expect(reflected(answer)?.contains("comes down to") != true, "\(reflected(answer) ?? "")")
  }

  @Test(
    "'because of the rent' comes down to the rent",
    arguments: [
      ("because of the rent", "the rent"), ("because of the parking fees", "the parking fees"),
      ("mostly because of the noise", "the noise"),
    ])
  func thing(answer: String, thing: String) {
    #expect(reflected(answer) == "So for you it comes down to \(thing).")
  }
}
