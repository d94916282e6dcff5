import Foundation

/// A session log as a test reads it: the lines of the one `.jsonl` file in a data folder.
struct SessionLog {
  /// The log's path.
  var path: String
  /// The whole file.
  var text: String
  /// Each line as a JSON object.
  var events: [[String: Any]]

  /// The log of the only session in a data folder (`home`'s default one unless given).
  static func only(in home: URL, dataFolder: URL? = nil) throws -> SessionLog {
    let folder = (dataFolder ?? home.appendingPathComponent(".local/share/socratic"))
      .appendingPathComponent("sessions")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".jsonl") }
    guard names.count == 1 else {
      throw SessionLogProblem(description: "expected one log in \(folder.path), found \(names)")
    }
    let path = folder.appendingPathComponent(names[0]).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // A line cut off by a crash is not an event: readers skip it, and so does this.
    let events = text.split(separator: "\n").compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
    return SessionLog(path: path, text: text, events: events)
  }

  /// The session's id: the file name without `.jsonl`.
  var id: String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  /// The `type` of every line, in order.
  var types: [String] { events.map { $0["type"] as? String ?? "?" } }

  /// The text of every answer, in order.
  var answers: [String] {
    events.filter { $0["type"] as? String == "answer" }.map { $0["text"] as? String ?? "" }
  }

  /// The text of every question, in order.
  var questions: [String] {
    events.filter { $0["type"] as? String == "question" }.map { $0["text"] as? String ?? "" }
  }
}

struct SessionLogProblem: Error, CustomStringConvertible {
  var description: String
}
