@testable import SocraticCore

private let calm = PartnerLines.self

/// Conversations at a family table, each with what the tool must offer after every kind of
/// move: the line to say (their words given back, or a calm line), the kind of the first
/// question, where the conversation is, and the claim under discussion.
let tableConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "a parent on the election: a story, a charge, a concession, the salt, a new belief",
    turns: [
      PartnerTurn(
        line: "honestly trump won because the democrats stopped caring about working people",
        reflection: .exactly(
          "So you think trump won because the democrats stopped caring about working people."),
        firstKind: .evidence, stage: .reasons,
        claim: "trump won because the democrats stopped caring about working people"),
      PartnerTurn(
        line: "I'd say I'm 90% on that", reflection: .exactly(calm.rating(90)), stage: .reasons,
        claim: "trump won because the democrats stopped caring about working people"),
      // A story is given back short, never with an exception to its "nobody" asked about.
      PartnerTurn(
        line:
          "my neighbor Dave lost his job at the plant in 2019 and nobody in the party ever showed up",
        reflection: .exactly("So your neighbor Dave lost his job at the plant in 2019."),
        firstKind: .evidence, stage: .reasons,
        claim: "trump won because the democrats stopped caring about working people"),
      PartnerTurn(
        line: "you sound like you work for MSNBC",
        reflection: .exactly(calm.calmLines(for: .hostile)[0]), firstKind: .viewpoints,
        stage: .reasons,
        claim: "trump won because the democrats stopped caring about working people"),
      PartnerTurn(
        line: "can you pass the salt", reflection: .exactly(calm.calmLines(for: .leaving)[0]),
        stage: .close,
        claim: "trump won because the democrats stopped caring about working people"),
      // A belief stated as theirs takes over the claim and starts the arc again, even after
      // the close.
      PartnerTurn(
        line: "I also think the media is totally biased against him",
        reflection: .exactly("So you think the media is biased against him."),
        firstKind: .clarification, stage: .claim, claim: "the media is biased against him"),
      PartnerTurn(
        line: "like I said, they hate him",
        reflection: .exactly("So, as you said, they hate him."), stage: .claim,
        claim: "the media is biased against him"),
      PartnerTurn(
        line: "if they covered both sides fairly I'd probably trust them more",
        reflection: .exactly(
          "So if they covered both sides fairly you'd probably trust them more."),
        stage: .falsifiability, claim: "the media is biased against him"),
    ]),
  PartnerConversation(
    name: "a friend on crypto: sure of it, a story, a charge, a concession, a fear, a blockage",
    turns: [
      PartnerTurn(
        line: "bitcoin is the future of money, banks are done",
        reflection: .exactly("So you think bitcoin is the future of money."),
        firstKind: .clarification, stage: .claim, claim: "bitcoin is the future of money"),
      PartnerTurn(
        line: "I'm like 100 percent sure",
        reflection: .exactly("So you're completely sure of it."), firstKind: .evidence,
        stage: .confidence, claim: "bitcoin is the future of money"),
      PartnerTurn(
        line: "my buddy Jake made 40k on solana last year",
        reflection: .exactly("So your buddy Jake made 40k on solana last year."),
        firstKind: .evidence, stage: .reasons, claim: "bitcoin is the future of money"),
      PartnerTurn(
        line: "are you serious right now? you sound like my dad",
        reflection: .exactly(calm.calmLines(for: .hostile)[0]), firstKind: .viewpoints,
        stage: .reasons, claim: "bitcoin is the future of money"),
      // What they grant is given back as granted, without "fair enough".
      PartnerTurn(
        line: "I guess some coins are scams, fair enough",
        reflection: .exactly("So you'd grant that some coins are scams."),
        firstKind: .clarification, stage: .reasons, claim: "bitcoin is the future of money"),
      PartnerTurn(
        line: "honestly I'm kind of scared I put too much of my savings in it",
        reflection: .exactly(
          "It sounds like you're kind of scared you put too much of your savings in it."),
        firstKind: .clarification, stage: .reasons, claim: "bitcoin is the future of money"),
      PartnerTurn(
        line: "maybe I just don't want to admit I might lose it",
        reflection: .exactly(
          "It sounds like you wonder whether you just don't want to admit you might lose it."),
        firstKind: .assumptions, stage: .reasons, claim: "bitcoin is the future of money"),
      // Wanting to stop right after opening up: what they shared is acknowledged.
      PartnerTurn(
        line: "let's talk about something else",
        reflection: .exactly(calm.acknowledgingWhatTheyShared), stage: .close,
        claim: "bitcoin is the future of money"),
    ]),
  PartnerConversation(
    name: "a coworker on AI rules: a view they doubt, a source, a question back, an aside",
    turns: [
      PartnerTurn(
        line: "AI needs way stricter rules, it's moving faster than anyone can control",
        reflection: .exactly("So you think AI needs way stricter rules."),
        firstKind: .clarification,
        stage: .claim, claim: "AI needs way stricter rules"),
      PartnerTurn(
        line: "well my manager says it'll make us all more productive but I don't buy it",
        reflection: .exactly(
          "So your manager says it'll make you all more productive, but you don't buy it."),
        firstKind: .viewpoints, stage: .confidence, claim: "AI needs way stricter rules"),
      PartnerTurn(
        line: "I read an article saying half of entry level jobs could disappear",
        reflection: .exactly(
          "So you read an article saying half of entry level jobs could disappear."),
        firstKind: .evidence, stage: .reasons, claim: "AI needs way stricter rules"),
      PartnerTurn(
        line: "I'm worried about my own job to be honest, I do data entry",
        reflection: .exactly("It sounds like you're worried about your own job."),
        firstKind: .clarification, stage: .reasons, claim: "AI needs way stricter rules"),
      PartnerTurn(
        // Right after they opened up, the conversation does not move on by itself.
        // Asked where the listener stands: an honest, short answer, handed back; no other
        // question that would dodge them.
        line: "what do you think?", reflection: .exactly(calm.givingYourView[0]),
        stage: .reasons, claim: "AI needs way stricter rules"),
      PartnerTurn(
        line: "if it actually created more jobs than it killed I'd rethink it",
        reflection: .exactly(
          "So if it actually created more jobs than it killed, you'd rethink it."),
        stage: .falsifiability, claim: "AI needs way stricter rules"),
      // What would change their mind was said: an aside is met without asking it again.
      PartnerTurn(
        line: "by the way did you see the game last night",
        reflection: .exactly(calm.calmLines(for: .aside)[0]), stage: .falsifiability,
        claim: "AI needs way stricter rules"),
      PartnerTurn(
        line: "good talk, I gotta run", reflection: .exactly(calm.calmLines(for: .leaving)[0]),
        stage: .close, claim: "AI needs way stricter rules"),
    ]),
  PartnerConversation(
    name: "a sibling on Gaza: feeling unheard, a friend's family, grief, a concession, unsure",
    turns: [
      PartnerTurn(
        line: "what israel is doing in gaza is a genocide",
        reflection: .exactly("So you think what israel is doing in gaza is a genocide."),
        firstKind: .clarification, stage: .claim,
        claim: "what israel is doing in gaza is a genocide"),
      PartnerTurn(
        line: "you don't get it, you've never seen the videos",
        reflection: .exactly(calm.calmLines(for: .unheard)[0]), firstKind: .viewpoints,
        stage: .reasons, claim: "what israel is doing in gaza is a genocide"),
      PartnerTurn(
        line: "I'm just so angry and sad all the time",
        reflection: .exactly("It sounds like you're just so angry and sad all the time."),
        firstKind: .clarification, stage: .reasons,
        claim: "what israel is doing in gaza is a genocide"),
      // Granting a point is a step back, never a new claim; "I'm not saying" speaks of the
      // talk, and is not given back as their view.
      PartnerTurn(
        line: "I know hamas started it, I'm not saying they're innocent",
        reflection: .exactly("So you'd grant that hamas started it."),
        firstKind: .clarification, stage: .reasons,
        claim: "what israel is doing in gaza is a genocide"),
      // "Both sides are wrong" is no word about being wrong themselves.
      PartnerTurn(
        line: "so maybe both sides are wrong? I don't know anymore",
        reflection: .exactly(
          "It sounds like you're less sure than you were: maybe both sides are wrong."),
        stage: .reasons, claim: "what israel is doing in gaza is a genocide"),
      PartnerTurn(
        line: "I think the US should stop sending weapons",
        reflection: .exactly("So you think the US should stop sending weapons."),
        firstKind: .clarification, stage: .claim, claim: "the US should stop sending weapons"),
    ]),
]
