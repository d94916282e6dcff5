import Testing

@testable import SocraticCore

@Suite("Reflections judged against what was said")
struct ReflectionOverreachTests {
  let critic = QuestionCritic()

  @Test(
    "a reflection that sets a condition of its own adds something they didn't say, and asks instead",
    arguments: [
      (
        "I think anyone who saves a little each month ends up fine",
        "so if the boiler broke and wiped out your savings, you'd change your mind"
      ),
      (
        "my grandad smoked all his life and lived to ninety",
        "so if your doctor showed you a scan of your lungs, you'd quit"
      ),
      (
        "school taught me nothing I use at work",
        "so if the teachers had been better, you'd have stayed on"
      ),
      (
        "I moved to the city for the jobs and the noise doesn't bother me",
        "so unless the rent doubles, you're staying put"
      ),
      (
        "I walk to work because the buses are never on time",
        "so if the council fixed the timetable, you'd get the bus again"
      ),
      (
        "we argue about money a lot, mostly about her shopping",
        "so if she earned more herself, you two would stop fighting"
      ),
      (
        "I trust my bank because they've never lost my money",
        "so if they got hacked tomorrow, you'd pull everything out"
      ),
      (
        "vaccines worked for my kids and I don't worry about them",
        "so if a friend's child had a bad reaction, that would shake you"
      ),
      (
        "I like the gym early because it's quiet",
        "so if it got crowded in the mornings, you'd stop going altogether"
      ),
      (
        "the referee was biased against us the whole game",
        "so if the other team had lost, you'd say the same about their complaints"
      ),
    ])
  func newCondition(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
    #expect(critique.suggestion?.hasPrefix("What would it mean for you if") == true)
  }

  @Test(
    "a faithful reflection, simple or complex, is well heard",
    arguments: [
      (
        "the successful people I know all started their own businesses young",
        "so it sounds like the people you know shaped how you see success"
      ),
      (
        "my rent went up again and I can barely cover the bills",
        "so the rent going up has left you stretched"
      ),
      (
        "I keep checking my phone at night even though I'm exhausted",
        "you're exhausted and still the phone pulls you back"
      ),
      (
        "my sister never calls unless she needs something",
        "it sounds like you feel used by your sister"
      ),
      (
        "if the bus is late again I'll just drive",
        "so if the bus lets you down, you'd rather take the car"
      ),
      (
        "I studied law because my dad wanted me to",
        "so law was your dad's choice more than yours"
      ),
      (
        "the new manager changes the rota every week and nobody can plan",
        "the rota changing every week makes it hard to plan anything"
      ),
      (
        "I gave up meat for the animals, not for my health",
        "so the animals matter more to you than the health side"
      ),
      (
        "we moved here for the schools but the kids miss their friends",
        "you moved for the schools, and the kids are missing their friends"
      ),
      (
        "I vote every time because my gran couldn't",
        "voting means a lot to you because of your gran"
      ),
    ])
  func faithful(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a check put as 'so you're saying …?' gives back when it keeps to their words, and says so when it overstates",
    arguments: [
      (
        "I can't lay out the steps, I just have a feeling the market will turn",
        "so you're saying you have a feeling the market will turn?", nil
      ),
      (
        "I can't lay out the steps, I just have a feeling the market will turn",
        "so you're kinda saying it's only a feeling the market will turn?", "'only'"
      ),
      (
        "the council cut the library hours and the kids have nowhere to go",
        "you're saying the kids have nowhere to go since the library hours were cut?", nil
      ),
      (
        "I don't mind the commute, it gives me time to read",
        "so you're basically saying the commute gives you time to read?", nil
      ),
      (
        "my coach shouts a lot but the team trusts him",
        "you mean the team trusts him even with the shouting?", nil
      ),
    ] as [(String, String, String?)])
  func checkingReflection(after: String, text: String, flagged: String?) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    if let flagged {
      #expect(critique.problems.contains { $0.hasPrefix(flagged) })
    } else {
      #expect(critique.problems.isEmpty)
    }
  }

  @Test(
    "a reflection with a clause about things they never spoke of adds something they didn't say",
    arguments: [
      (
        "my brother never does his share of the hoovering",
        "so your brother never does his share, and your mum lets him off"
      ),
      (
        "I put fifty quid on the cup final and lost the lot",
        "you lost the lot on the final, and your wife was livid about the mortgage"
      ),
      (
        "the new coach dropped me for the derby",
        "so the coach dropped you, and the captain backed his decision"
      ),
    ])
  func newClause(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
  }

  @Test(
    "a complex reflection that tells their lot, or their person's, in other words is well heard",
    arguments: [
      (
        "i'm the only one who ever empties the dishwasher",
        "sounds like you feel a bit taken for granted at home"
      ),
      (
        "i've been sorting dad's computer out every weekend since he got it",
        "you're worn out being his help desk, even though you do want him to manage"
      ),
      (
        "his hearing aids whistle, he won't wear them to church",
        "so he's finding them a nuisance but doesn't want to make a fuss"
      ),
      (
        "the neighbours never bring their bins in",
        "so people just leave them out all week"
      ),
      (
        "our lass has been on nights for a month and we barely see each other",
        "you feel kind of cut off from her right now"
      ),
    ])
  func toldInOtherWords(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "telling their lot still may not bring in a person or a view they never spoke of",
    arguments: [
      (
        "the gutter's blocked again and the water's coming down the wall",
        "so you're really angry at the landlord"
      ),
      (
        "the bus was late twice this week",
        "you think the council has been cutting the routes on purpose for years"
      ),
      (
        "my brother never does his share of the hoovering",
        "so your brother never does his share, and your mum lets him off"
      ),
    ])
  func toldWithSomethingNew(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
  }

  @Test(
    "their own words given back, how a time they live through feels, or what their person wants, is a reflection",
    arguments: [
      (
        "the new telly's got about sixty settings and i only want the news",
        "sixty settings just to watch the news", ReflectionDepth.simple
      ),
      (
        "i start at the new school monday and i don't know a soul",
        "it's a bit daunting walking in on your own when you don't know anyone",
        .complex
      ),
      (
        "mum's hip is killing her but she says she doesn't want to be a nuisance at the doctors",
        "she'd rather put up with the pain than feel like she's making a fuss", .complex
      ),
    ] as [(String, String, ReflectionDepth)])
  func readBackWithoutFrame(after: String, reflection: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test(
    "a view of the speaker's own about how things feel, or news of someone, stays a statement",
    arguments: [
      ("the bins weren't collected again", "it's awful how the council wastes our money"),
      ("my sister's coming for christmas", "she'd rather stay at her in-laws if you ask me"),
      ("i've got a job interview on friday", "interviews are always a nightmare"),
      ("my nan lost two grand to a phone scam", "it's sad seeing people fall for scams"),
      (
        "i reckon the kids spend too much time on their phones",
        "the kids dont spend too much time on their phones"
      ),
    ])
  func speakersOwnView(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement)
  }
}
