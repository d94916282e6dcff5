// Reads YAML on standard input, loads it with Yams and prints it as JSON, for the test that
// proves exported front matter parses back to the values written.
//
// A separate program rather than a test dependency: Yams compiles in its own copy of libyaml,
// whose symbols would take the place of the system libyaml the pack reader links, so the tests
// would no longer exercise the code that ships.
import Foundation
import Yams

/// Yams' values as JSON values; a date (an unquoted timestamp) is marked so a test notices it.
func jsonValue(_ value: Any?) -> Any {
  switch value {
  case nil, is NSNull: return NSNull()
  case let date as Date: return ["date": ISO8601DateFormatter().string(from: date)]
  case let mapping as [String: Any]: return mapping.mapValues(jsonValue)
  case let mapping as [AnyHashable: Any]:
    return Dictionary(uniqueKeysWithValues: mapping.map { ("\($0.key)", jsonValue($0.value)) })
  case let sequence as [Any]: return sequence.map(jsonValue)
  case let value?: return value
  }
}

do {
  let yaml = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
  let loaded = jsonValue(try Yams.load(yaml: yaml))
  let data = try JSONSerialization.data(
    withJSONObject: loaded, options: [.sortedKeys, .fragmentsAllowed])
  FileHandle.standardOutput.write(data)
} catch {
  FileHandle.standardError.write(Data("yams-load: \(error)\n".utf8))
  exit(1)
}
