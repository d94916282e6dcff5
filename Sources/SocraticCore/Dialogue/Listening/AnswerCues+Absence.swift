/// Feelings told by an absence felt at an occasion: the first one without someone, or having to
/// step away from it for a while. Told as facts in passing ("this year was the first one
/// without her"), they are the moment of the answer: named tentatively, never given back as a
/// fact nor followed by a question that weighs the view (`ExploreArc.isAfterAHurt`).
extension AnswerCues {
  /// Absences felt at an occasion, as feelings told by their effect, the most telling first.
  static let absences: [FeltFeeling] = [
    // The first of something without someone: "the first christmas without him", "first
    // time we did it without my grandad"; "first week without my phone" is no one missed.
    FeltFeeling(
      feeling: "missing them", said: "it's been hard without {them}",
      effects: [
        "first _{0,5} without (him|her|them|(my|our|me) \(lovedOnes))"
      ],
      saidAlone: "it's been hard without them",
      asked: ["What was it like, doing it without {them}?"]),
    // What still holds someone: "his jumper smells of him still", "it still smells like her";
    // the person ends the sentence ("smells of her cigarettes" is a smell, no one missed).
    FeltFeeling(
      feeling: "missing them", said: "you still miss {them}",
      effects: [
        "(his|her|their|my|our|it|everything) _{0,2} (still)? (smells|smell) (of|like) (him|her|them|(my|our) \(lovedOnes)) (still)? !_"
      ],
      saidAlone: "you still miss them",
      asked: ["What is it like for you, being near it now?"]),
    // Having to step away to get through it: "i had to go sit in the car for a bit", "had to
    // step outside for a minute", "i had to leave the room".
    FeltFeeling(
      feeling: "overwhelmed", said: "it got too much for a moment",
      effects: [
        "i (had to|needed to|just had to|went to|went and) (go|get|step|nip|slip|walk)? (and)? (sit|hide|cry|have a cry|be)? (in the car|in the van|in my car|in the loo|in the toilet|in the toilets|outside|out of the room|out for a (bit|minute|sec|second|moment)|off for a (bit|minute|sec|second|moment)|away for a (bit|minute|sec|second|moment)|on my own for a (bit|minute|sec|second|moment))",
        "i (had to|needed to|just had to) (leave|walk out of|get out of) the (room|hall|church|house|party)",
        // Sitting it out alone for a long while: "i sat in the car for an hour after".
        "i (just)? sat (in the car|in the van|in my car|outside|in the loo|on the stairs) (for)? (an hour|hours|ages|a while|a good while|_ minutes|half an hour)",
      ],
      asked: ["What was it that got to you in that moment?"]),
  ]
}

extension AnswerCues {
  /// Being asked or listened to as something that seldom happens: "it's been a while since
  /// anyone asked", "nobody asks me what I think these days".
  static let seldomHeard: [String] = [
    "(it 's|its|it has|it is) been (such|so)? (a while|a long time|a long while|ages|years|so long|a good while|donkey 's years) since (anyone|anybody|someone|somebody|people|folk) (has)? (asked|listened|wanted to know|bothered to ask|cared|really listened|asked me)",
    "\(nobody) (ever|really)? (asks|listens|wants to know|bothers to ask) (me|to me)? (anymore|any more|these days|nowadays|what i think)",
  ]
}
