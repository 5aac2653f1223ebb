/// `--lang en|nl`: one declaration for every command that words sentences for people.
enum LanguageOption {
  static let spec = OptionSpec(name: "--lang", value: "en|nl", help: "Language of the report, the notes and the reasons (default: en).")

  static func parse(_ a: inout Arguments) throws(UsageError) -> Wording.Language {
    guard let l = try a.choice(spec.name, ["en", "nl"]) else { return .en }
    return l == "nl" ? .nl : .en
  }
}
