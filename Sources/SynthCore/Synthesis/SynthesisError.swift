/// Why a synthesis run cannot go ahead; each message names the column or option and says what to do.
enum SynthesisError: Error, Equatable {
  case unknownColumn(option: String, name: String, known: [String])
  case nothingToSynthesise
  case noRowsLeft(dropped: Int)
  case invalidSetting(String)

  var message: String {
    switch self {
    case .unknownColumn(let option, let name, let known):
      return "\(option): there is no column '\(name)'; the columns are \(UTF8Text.quotedList(known, limit: 8))"
    case .nothingToSynthesise:
      return "no column is left to synthesise: every column is excluded (identifiers, an index, empty) or left out of the visit order; use --include COLUMN to synthesise one"
    case .noRowsLeft(let dropped):
      return "every row (\(dropped)) has a missing value in some column, so dropping rows leaves nothing; use --missing-values model or impute"
    case .invalidSetting(let text):
      return text
    }
  }
}
