import Testing

@testable import SocraticCore

/// Questions that lead by their structure rather than by a listed phrase, and the closed
/// questions that are fine as they are. Each sentence was written after the rule, in words the
/// rule does not list.
@Suite("Loaded frames")
struct LoadedFrameTests {
  let critic = QuestionCritic()

  @Test(
    "'why' or 'how come' with the listener as subject of a habit without exception leads",
    arguments: [
      "why do you always side with the landlord in these disputes",
      "Why do you never back me up in front of the kids?",
      "How come you always get the last word?",
      "Why are you constantly checking your phone at dinner?",
      "why have you never once asked about my day",
      "Why do you always vote for whoever your dad votes for?",
      "How come you never ring your brother?",
      "Why would you always pick the most expensive option?",
      "Why do you forever leave the lights on?",
      "why did you always take his word over mine",
    ])
  func listenerHabit(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("for granted") })
  }

  @Test(
    "a habit of the listener's said with a hedge is an open question",
    arguments: [
      "Why do you usually walk to work?",
      "How come you often choose the train?",
      "Why do you sometimes skip breakfast?",
      "How come you never moved abroad?",
    ])
  func hedgedHabit(question: String) throws {
    #expect(try critic.critique(question).form == .open)
  }

  @Test(
    "a question word with an exception that answers it is rhetorical",
    arguments: [
      "honestly who watches golf unless they're retired",
      "Who buys a house that size unless they want to show off?",
      "Why would anyone join a gym except to pose?",
      "who moves to the suburbs unless they've given up",
      "What grown man plays video games unless he's lonely?",
      "Who reads the small print unless they're a lawyer?",
      "why learn Latin except to sound clever",
      "Who votes for that party unless they're angry?",
      "Who drives a car like that unless they're compensating?",
      "how does anyone afford that unless their parents pay",
    ])
  func exception(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("rhetorical") })
    // The rewrite, if any, keeps nothing of the exception that carries the put-down.
    let exception = question.lowercased().split(separator: " ").drop {
      $0 != "unless" && $0 != "except"
    }
    let charged = exception.dropFirst().last.map(String.init) ?? ""
    #expect(!(critique.suggestion ?? "").lowercased().contains(charged))
  }

  @Test(
    "scare quotes round a word the question uses lead; a question about their word does not",
    arguments: [
      ("How is scrolling TikTok all night \"research\"?", true),
      ("so when does your 'quick drink' end", true),
      ("Is binge-watching a 'skill' now?", true),
      ("What makes that band \"music\"?", true),
      ("Why is a nap a \"meeting\"?", true),
      ("When did your 'diet' start?", true),
      ("How is a sofa a \"workspace\"?", true),
      ("Where does your 'side hustle' make any money?", true),
      ("How's buying shoes an \"investment\"?", true),
      ("Who decided that was \"art\"?", true),
      ("What do you mean by \"fair\"?", false),
      ("When you say 'freedom', what do you have in mind?", false),
      ("What does the word \"woke\" mean to you?", false),
    ])
  func scareQuotes(question: String, leads: Bool) throws {
    #expect((try critic.critique(question).form == .leading) == leads)
  }

  @Test(
    "a how- or why-challenge closed by 'exactly' leads",
    arguments: [
      "how is playing golf every weekend a sport exactly",
      "How does a second car save money exactly?",
      "Why is that my fault exactly?",
      "How is the new carpet an improvement exactly?",
      "why do we need a boat exactly",
      "How does skipping lunch help exactly?",
      "How is this a holiday exactly?",
      "Why is it our job to host exactly?",
      "How does crying fix anything exactly?",
      "How is a tablet a present for a toddler exactly?",
    ])
  func exactly(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("'exactly'") })
  }

  @Test(
    "blame for a repeat is a complaint, and its rewrite drops 'again'",
    arguments: [
      "who left the back door open again",
      "Who ate my yoghurt again?",
      "who used all the hot water. again",
      "Who parked in my space again?",
      "why did you forget the bins again",
      "Who moved the remote again?",
      "Who let the dog on the bed. Again!",
      "why have you borrowed my charger again",
      "Who broke the printer again?",
      "who forgot to lock the shed yet again",
    ])
  func blame(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("'again' is a complaint") })
    #expect(!(critique.suggestion ?? "").lowercased().contains("again"))
  }

  @Test(
    "an either-or with a because-clause that denies having both is a forced choice",
    arguments: [
      ("do you want the dog or the new sofa, cause we can't afford both", true),
      ("Is it your career or this family, because you can't have both?", true),
      ("Are you staying or going, because there's only one answer?", true),
      ("Do you want the holiday or the car, since we won't manage both?", true),
      ("Shall we get the garden done or the kitchen, cos we cannot do both?", true),
      ("Is it the band or your studies, because you can't keep doing both?", true),
      ("Do we keep the cat or the rabbit, because they won't share a room?", true),
      ("Are you coming with me or staying with them, because there's no middle?", true),
      ("Are we selling the flat or the cottage, since we can't keep both?", true),
      ("Do you want rice or pasta, because there's only one pan?", true),
      ("Do you want tea or coffee, because I'm making a pot?", false),
      ("Are you driving or taking the train, since it's raining?", false),
    ])
  func forcedChoice(question: String, leads: Bool) throws {
    let critique = try critic.critique(question)
    #expect((critique.form == .leading) == leads)
    if leads {
      #expect(critique.problems.contains { $0.hasPrefix("offers two options") })
    }
  }

  @Test(
    "a statement with an auxiliary tag asks, with or without a comma or a question mark",
    arguments: [
      "so we're going to your mum's for easter again, are we",
      "you're not honestly buying another guitar are you",
      "they're not seriously expecting us to pay for that are they",
      "we're skipping the gym again this week, are we",
      "you don't actually believe the horoscope do you",
      "it isn't really your money to spend is it",
      "you haven't told her yet have you",
      "so you're quitting the choir, are you",
      "he's not coming to the wedding is he",
      "you didn't really think that would work did you",
    ])
  func auxiliaryTag(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("tag question") })
  }

  @Test(
    "a summary of their view with two signs of stretching it is a straw man; with one it gives back",
    arguments: [
      ("so you think everyone who eats meat is just cruel then", true),
      ("So you believe nobody should ever borrow money then?", true),
      ("you're saying all teachers are simply lazy", true),
      ("so you think every politician is just a liar", true),
      ("So you reckon the whole town is just jealous then", true),
      ("you mean anyone with a tattoo is simply reckless", true),
      ("so you feel nothing works then", true),
      ("You think every landlord is merely greedy?", true),
      ("So you're saying everything on the news is only spin then", true),
      ("you believe all modern music is just noise", true),
      ("So you feel nobody at work listens to you.", false),
      ("You think the move was just too soon.", false),
      ("So you're saying the rent went up again.", false),
    ])
  func strawMan(line: String, isStrawMan: Bool) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems.contains { $0.contains("stretches their view") } == isStrawMan)
    if isStrawMan {
      #expect(critique.form == .leading)
    }
  }

  @Test(
    "praise that means the opposite, with a weary repeat or empty eagerness, is sarcasm",
    arguments: [
      ("oh great, another barbecue with your work friends, can't wait", true),
      ("Oh joy, your brother's band again.", true),
      ("Oh lovely, another email from your ex.", true),
      ("wow, fantastic, we're eating out again", true),
      ("Oh perfect, another rainy bank holiday. Can't wait.", true),
      ("Oh brilliant, your mother again.", true),
      ("oh super, another meeting, how fun", true),
      ("Oh wonderful, the neighbours are drilling again!", true),
      ("oh fantastic, your flatmate's cousin again, lucky me", true),
      ("Oh amazing, another parking fine. Just what I needed.", true),
      ("Oh great, you got the job!", false),
      ("Great. Another thing that might help is a walk after dinner.", false),
      ("You've tried again and again to cut down.", false),
    ])
  func sarcasm(line: String, isSarcasm: Bool) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems.contains { $0.hasPrefix("sarcasm") } == isSarcasm)
    if isSarcasm {
      #expect(critique.form == .statement)
      #expect(critique.suggestion.map(critic.isOpen) == true)
    }
  }

  @Test(
    "a yes/no question about a plain, checkable fact of a thing is fine closed, with no rewrite",
    arguments: [
      "is the venue deposit refundable",
      "Is the pharmacy open on Sundays?",
      "Are the concert tickets transferable?",
      "Does the night bus stop at the station?",
      "Has the parcel arrived?",
      "Is the hotel breakfast included?",
      "Was the plumber paid?",
      "Is our flight delayed?",
      "Did the parcel arrive yesterday?",
      "Will the shop close early tomorrow?",
    ])
  func plainFact(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.allSatisfy { $0.hasPrefix("closed, and fine as it is") })
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a yes/no question that asks for a judgement keeps its fault and its rewrite",
    arguments: [
      "Is the new policy fair?",
      "Is the war justified?",
      "Does the council care about us?",
      "Is your plan realistic?",
    ])
  func judgement(question: String) throws {
    let critique = try critic.critique(question)
    #expect(!critique.problems.contains { $0.hasPrefix("closed, and fine as it is") })
  }
}
