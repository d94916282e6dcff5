/// What a statement does instead of asking or giving back: the kinds the critic tells apart,
/// each with what a learner reads about it and what to say instead.
enum StatementKind: Sendable, Hashable, CaseIterable {
  /// Tells the person what to do: "You should cut down.", "Try walking to work."
  case advice
  /// Tells the person what the speaker thinks, or about the speaker: "I think that's a
  /// mistake.", "When I quit, I put on weight."
  case opinion
  /// Tells the person the speaker's view when they asked for it: "What do you think?" —
  /// "Honestly? I think it's overblown."
  case answer
  /// Tells the person a fact: "Most people who quit try several times."
  case information
  /// Recognises the person's effort, strength or feelings: "Thanks for telling me that.", "That
  /// took courage."
  case affirmation
  /// Tells the person they are right: "You're right.", "You're not wrong there."
  case agreement
  /// Leaves the choice with the person: "It's your decision.", "You know yourself best."
  case autonomy
  /// Sets up the conversation: "Let's start with your week.", "See you on Friday."
  case structuring
  /// Asks the person to do something, not what they think: "Can you take the bins out?",
  /// "Could you pass me that?" (`RequestRules`).
  case request
  /// Says the opposite of what the speaker means, to jab: "Oh great, another weekend at your
  /// mum's, can't wait." (`IronyRules`).
  case sarcasm
  /// A kind word, an apology, a fair point owned, an offer, an invitation to speak or a goodbye: "I'll put the kettle
  /// on. Love you.", "Take care of yourself.", "Sorry, I didn't mean to push.", "I didn't.
  /// Fair enough.". Nothing to ask instead: it is fine as it is.
  case warmth
  /// Waves away what the person said: "Whatever.", "If you say so.", "Suit yourself."
  /// (`DismissiveRetort`).
  case dismissal
  /// Only a sound of listening: "Mm.", "Uh-huh.", "?? hm" (`ListeningSounds`).
  case listeningSound
  /// No word anyone would know: keys struck at random, "asdf", "jjjj" (`KeyboardNoise`).
  case noise
  /// The speaker's own shrug: "idk", "dunno tbh", "no idea" (`NothingOfTheirs`).
  case shrug
  /// A name alone, which calls someone: "Priya.", "Gran." (`NothingOfTheirs`).
  case address

  /// The problem in a short phrase a learner understands, starting in lowercase.
  var explanation: String {
    switch self {
    case .advice:
      "advice: it tells the person what to do, where a question would draw out their own ideas"
    case .opinion:
      "your opinion: it argues your view instead of drawing out theirs"
    case .answer:
      "your view, which they asked for: fair to give; a question back keeps them talking"
    case .information:
      "information: it tells the person something instead of asking or giving back what they said"
    case .affirmation:
      "an affirmation: it recognises the person, which helps; a question or a reflection after it"
        + " keeps them talking"
    case .agreement:
      "agreement: it tells them they are right, which ends their thinking where asking what"
        + " brought them there would carry it on"
    case .autonomy:
      "their choice: it leaves the decision with them, which helps; asking what they want to do"
        + " lets them make it"
    case .structuring:
      "structuring: it steers the conversation; a question lets the person say where it goes"
    case .sarcasm:
      "sarcasm: it says the opposite of what you mean, which mocks instead of saying how you"
        + " feel or asking how they see it"
    case .request:
      "a request: it asks the person to do something, not what they think; fine as it is when"
        + " that is what you mean"
    case .warmth:
      "warmth: a kind word, an apology, a fair point owned, an offer, an invitation to speak or a"
        + " goodbye, which is fine as it is"
    case .dismissal:
      "a brush-off: it waves away what they said, which shuts them out instead of hearing them"
    case .listeningSound:
      "a sound of listening: it keeps them talking, but gives back nothing of what they said;"
        + " say back what you heard"
    case .noise:
      "no words they would know: type what you mean to ask or say back"
    case .shrug:
      "a shrug: it says you don't know, and gives back nothing they said; say back what you"
        + " heard, or ask what they make of it"
    case .address:
      "a name alone: it calls them, but gives back nothing they said; say back what you heard in"
        + " a sentence"
    }
  }

  /// The stock line to say instead: an open question, which the critic passes; nil for a
  /// request, which asks for what it means to, and for warmth, which needs nothing instead.
  /// Nil too for advice, an opinion, an answer and information: a question that fits them has
  /// to come from their own words (`StatementRewrites`), as "What ideas do you have about what
  /// might help?" after "you need the drill back" fits nothing, and "What was that like for
  /// you?" fits no praise.
  var suggestion: String? {
    switch self {
    case .advice, .affirmation, .opinion, .answer, .information: nil
    case .agreement: "What brought you to that view?"
    case .autonomy: "What would you like to do?"
    case .structuring: "What would you like to talk about first?"
    case .request: nil
    case .sarcasm: "How are you feeling about it?"
    case .warmth: nil
    case .dismissal: "What about it matters most to you?"
    case .shrug: "What do you make of it yourself?"
    case .listeningSound, .noise, .address: nil
    }
  }

  /// The open question to ask instead when the statement's own words make none
  /// (`StatementRewrites`): after advice, their own ideas (motivational interviewing's
  /// evoking); after the speaker's unasked view, theirs. Nil for the kinds with a stock line or
  /// none (`suggestion`), for an answer they asked for, for information, whose news of the day
  /// no question fits, and for an affirmation, whose praise no one question fits.
  var fallbackQuestion: String? {
    switch self {
    case .advice: "What ideas of your own do you have about it?"
    case .opinion: "How do you see it yourself?"
    case .answer, .information, .affirmation, .agreement, .autonomy, .structuring, .request,
      .sarcasm, .warmth,
      .dismissal, .listeningSound, .noise, .shrug, .address:
      nil
    }
  }
}
