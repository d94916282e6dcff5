import SocraticCore
import Testing

@Suite("Where socratic keeps its files")
struct AppDirectoriesTests {
  @Test("defaults follow the XDG base directories under HOME")
  func defaults() {
    let folders = AppDirectories(environment: ["HOME": "/home/ana"])
    #expect(folders.data == "/home/ana/.local/share/socratic")
    #expect(folders.sessions == "/home/ana/.local/share/socratic/sessions")
    #expect(folders.packs == "/home/ana/.config/socratic/packs")
    #expect(folders.historyFile == "/home/ana/.local/state/socratic/history")
  }

  @Test("XDG variables move each folder; relative ones are ignored as the spec says")
  func xdgVariables() {
    let folders = AppDirectories(environment: [
      "HOME": "/home/ana", "XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c/",
      "XDG_STATE_HOME": "relative/state",
    ])
    #expect(folders.data == "/d/socratic")
    #expect(folders.packs == "/c/socratic/packs")
    #expect(folders.historyFile == "/home/ana/.local/state/socratic/history")
  }

  @Test("--data-dir wins over SOCRATIC_DATA_DIR, which wins over XDG_DATA_HOME")
  func dataDirectoryPrecedence() {
    let environment = ["HOME": "/h", "XDG_DATA_HOME": "/x", "SOCRATIC_DATA_DIR": "/env"]
    #expect(AppDirectories(environment: environment).data == "/env")
    #expect(AppDirectories(environment: environment, dataDirectory: "/flag").data == "/flag")
    #expect(
      AppDirectories(environment: ["HOME": "/h", "SOCRATIC_DATA_DIR": ""]).data
        == "/h/.local/share/socratic")
  }
}
