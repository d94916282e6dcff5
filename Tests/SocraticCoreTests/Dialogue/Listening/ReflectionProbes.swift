@testable import SocraticCore

/// The reflection explore gives back for an answer, read and weighed as the dialogue does.
func reflected(_ answer: String) -> String? {
  ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
}

/// The reflection partner mode suggests for what the other person said.
func suggested(_ line: String) -> String? {
  let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
  let words = TheirWords(line, isDiscussingAClaim: true, setting: setting)
  return PartnerReflection.line(for: words, offered: [], followsOpeningUp: false)
}
