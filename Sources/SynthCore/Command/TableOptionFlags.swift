/// The reading and typing options every command that reads a CSV accepts, from flags and from a
/// settings file (JSON). Flags win over the settings file.
struct TableOptionFlags {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "--type", value: "COLUMN=TYPE", help: "Set a column's type: integer, decimal, categorical, boolean, date, datetime or identifier.", repeatable: true),
    OptionSpec(name: "--missing", value: "COLUMN=CODE[,CODE]", help: "Extra missing-value codes for one column, e.g. age=-8,999.", repeatable: true),
    OptionSpec(name: "--na", value: "CODE[,CODE]", help: "Extra missing-value codes for every column.", repeatable: true),
    OptionSpec(name: "--not-missing", value: "COLUMN=TOKEN[,TOKEN]", help: "Read standard missing tokens (NA, None, -, ...) as real values in one column, e.g. language=NONE.", repeatable: true),
    OptionSpec(name: "--coarsen", value: "COLUMN=year|month|pc4", help: "Keep less detail: a date as its year or year and month, a Dutch postcode as its four digits.", repeatable: true),
    OptionSpec(name: "--pool-rare", value: "K|COLUMN=K", help: "Pool categories with fewer than K rows into 'other', in every categorical column or in one.", repeatable: true),
    OptionSpec(name: "--include", value: "COLUMN", help: "Synthesise a column that would be left out (identifier, index).", repeatable: true),
    OptionSpec(name: "--exclude", value: "COLUMN", help: "Leave a column out of synthesis.", repeatable: true),
    OptionSpec(name: "--delimiter", value: "comma|semicolon|tab|pipe", help: "Field delimiter (default: detected)."),
    OptionSpec(name: "--decimal", value: "point|comma", help: "Decimal mark (default: detected; comma only when fields are not comma-separated)."),
    OptionSpec(name: "--encoding", value: "NAME", help: "utf-8, windows-1252, latin-1, utf-16le or utf-16be (default: detected)."),
    OptionSpec(name: "--sheet", value: "NAME", help: "The sheet of an Excel workbook (.xlsx) to read (default: the first)."),
    OptionSpec(name: "--date-order", value: "dmy|mdy", help: "Day/month order for dates like 01/03/2024 when the data cannot tell."),
    OptionSpec(name: "--bool01", value: nil, help: "Read columns of only 0 and 1 as boolean."),
    OptionSpec(name: "--min-count", value: "K", help: "Categories and table cells with fewer real rows are rare: flagged, and never printed in a publication report (default: 5)."),
    OptionSpec(name: "--settings", value: "FILE.json", help: "Read these options from a JSON settings file."),
  ]

  var settingsPath: String?
  private var flags = TableOptions()
  private var setDelimiter = false, setDecimal = false, setEncoding = false, setSheet = false, setDateOrder = false, setMinimumCount = false

  init(_ a: inout Arguments) throws(UsageError) {
    settingsPath = try a.path("--settings")
    for text in try a.values("--type") {
      let (column, value) = try TableOptionFlags.split(text, option: "--type", a)
      guard let kind = TableOptionFlags.kind(value) else {
        throw a.error("'\(value)' is not a type; use integer, decimal, categorical, boolean, date, datetime or identifier")
      }
      TableOptionFlags.update(&flags, column) { $0.kind = kind }
    }
    for text in try a.values("--missing") {
      let (column, value) = try TableOptionFlags.split(text, option: "--missing", a)
      TableOptionFlags.update(&flags, column) { $0.missingCodes += TableOptionFlags.codes(value) }
    }
    for text in try a.values("--na") { flags.missingCodes += TableOptionFlags.codes(text) }
    for text in try a.values("--not-missing") {
      let (column, value) = try TableOptionFlags.split(text, option: "--not-missing", a)
      TableOptionFlags.update(&flags, column) { $0.notMissing += TableOptionFlags.codes(value) }
    }
    for text in try a.values("--coarsen") {
      let (column, value) = try TableOptionFlags.split(text, option: "--coarsen", a)
      guard let c = Coarsening(rawValue: value) else { throw a.error("'\(value)' is not a coarsening; use year, month or pc4") }
      TableOptionFlags.update(&flags, column) { $0.coarsen = c }
    }
    for text in try a.values("--pool-rare") {
      let hasColumn = text.utf8.contains(UInt8(ascii: "="))
      let (column, value) = hasColumn ? try TableOptionFlags.split(text, option: "--pool-rare", a) : ("", text)
      guard let k = Int(value), k >= 2, k <= TableOptionFlags.maximumMinimumCount else {
        throw a.error("option '--pool-rare' needs a whole number of rows from 2 to \(TableOptionFlags.maximumMinimumCount), not '\(value)'")
      }
      if hasColumn { TableOptionFlags.update(&flags, column) { $0.poolRare = k } } else { flags.poolRare = k }
    }
    for column in try a.values("--include") { TableOptionFlags.update(&flags, column) { $0.include = true } }
    for column in try a.values("--exclude") { TableOptionFlags.update(&flags, column) { $0.include = false } }
    if let d = try a.choice("--delimiter", ["comma", "semicolon", "tab", "pipe", ",", ";", "|"]) {
      flags.csv.delimiter = TableOptionFlags.delimiter(d)
      setDelimiter = true
    }
    if let d = try a.choice("--decimal", ["point", "comma"]) { flags.csv.decimalComma = d == "comma"; setDecimal = true }
    if let e = try a.value("--encoding") {
      guard let encoding = TableOptionFlags.encoding(e) else { throw a.error("unknown encoding '\(e)'; use utf-8, windows-1252, latin-1, utf-16le or utf-16be") }
      flags.csv.encoding = encoding
      setEncoding = true
    }
    if let sheet = try a.value("--sheet") {
      flags.csv.sheet = sheet
      setSheet = true
    }
    if let o = try a.choice("--date-order", ["dmy", "mdy"]) { flags.dateOrder = o == "dmy" ? .dayMonthYear : .monthDayYear; setDateOrder = true }
    if a.flag("--bool01") { flags.booleanZeroOne = true }
    if let k = try a.int("--min-count", atLeast: 1) {
      guard k <= TableOptionFlags.maximumMinimumCount else { throw a.error("option '--min-count' allows at most \(TableOptionFlags.maximumMinimumCount), not \(k)") }
      flags.minimumCount = k
      setMinimumCount = true
    }
  }

  static let maximumMinimumCount = 1000

  /// The options in force: the settings file (when given) with the flags on top.
  func resolve(_ files: InputFiles) throws(CommandError) -> TableOptions {
    try resolveWithSettings(files).options
  }

  /// The same, with the parsed settings file, whose other members other option groups read.
  func resolveWithSettings(_ files: InputFiles) throws(CommandError) -> (options: TableOptions, settings: JSONValue?) {
    guard let path = settingsPath else { return (flags, nil) }
    let settings = try TableOptionFlags.parseSettings(Array(try files.bytes(path)), path: path)
    var options = try TableOptionFlags.readSettings(settings, path: path)
    if setDelimiter { options.csv.delimiter = flags.csv.delimiter }
    if setDecimal { options.csv.decimalComma = flags.csv.decimalComma }
    if setEncoding { options.csv.encoding = flags.csv.encoding }
    if setSheet { options.csv.sheet = flags.csv.sheet }
    if setDateOrder { options.dateOrder = flags.dateOrder }
    if flags.booleanZeroOne { options.booleanZeroOne = true }
    if setMinimumCount { options.minimumCount = flags.minimumCount }
    if let k = flags.poolRare { options.poolRare = k }
    options.missingCodes += flags.missingCodes
    for o in flags.overrides {
      TableOptionFlags.update(&options, o.column) { merged in
        if let k = o.kind { merged.kind = k }
        merged.missingCodes += o.missingCodes
        merged.notMissing += o.notMissing
        if let i = o.include { merged.include = i }
        if let c = o.coarsen { merged.coarsen = c }
        if let k = o.poolRare { merged.poolRare = k }
      }
    }
    return (options, settings)
  }

  // MARK: Settings file

  static func parseSettings(_ bytes: [UInt8], path: String) throws(CommandError) -> JSONValue {
    do throws(JSONSyntaxError) { return try JSONParser.parse(bytes) } catch {
      throw .data(.invalidSettings(place: "\(path):\(error.line):\(error.column)", error.message))
    }
  }

  /// The settings-file keys `readSettings` reads (the synthesis keys are `SynthesisSetting.all`).
  static let settingKeys = ["delimiter", "decimal", "encoding", "sheet", "na", "dateOrder", "bool01", "minCount", "poolRare", "columns"]

  /// Reads `{"delimiter": ";", "decimal": "comma", "encoding": "utf-8", "na": ["-8"], "dateOrder": "dmy",
  /// "bool01": true, "columns": {"age": {"type": "integer", "missing": ["-8"], "include": true}}}`.
  static func readSettings(_ root: JSONValue, path: String) throws(CommandError) -> TableOptions {
    func bad(_ message: Phrase) -> CommandError { .data(.invalidSettings(place: path, message)) }
    guard let members = root.objectValue else { throw bad("the settings must be a JSON object") }
    var options = TableOptions()
    for (key, value) in members {
      switch key {
      case "delimiter":
        guard let s = value.stringValue, let d = delimiter(s) else { throw bad("\"delimiter\" must be one of \",\", \";\", \"tab\", \"|\"") }
        options.csv.delimiter = d
      case "decimal":
        guard let s = value.stringValue, s == "point" || s == "comma" else { throw bad("\"decimal\" must be \"point\" or \"comma\"") }
        options.csv.decimalComma = s == "comma"
      case "encoding":
        guard let s = value.stringValue, let e = encoding(s) else { throw bad("unknown \"encoding\"") }
        options.csv.encoding = e
      case "sheet":
        guard let s = value.stringValue else { throw bad("\"sheet\" must be a sheet name") }
        options.csv.sheet = s
      case "na":
        options.missingCodes += try stringList(value, name: "na", bad)
      case "dateOrder":
        guard let s = value.stringValue, s == "dmy" || s == "mdy" else { throw bad("\"dateOrder\" must be \"dmy\" or \"mdy\"") }
        options.dateOrder = s == "dmy" ? .dayMonthYear : .monthDayYear
      case "bool01":
        guard let b = value.boolValue else { throw bad("\"bool01\" must be true or false") }
        options.booleanZeroOne = b
      case "minCount":
        guard let n = value.numberValue, n >= 1, n <= Double(maximumMinimumCount), let count = n.integer(as: Int.self), Double(count) == n else {
          throw bad("\"minCount\" must be a whole number from 1 to \(maximumMinimumCount)")
        }
        options.minimumCount = count
      case "poolRare":
        options.poolRare = try rowCount(value, name: "poolRare", bad)
      case "columns":
        guard let columns = value.objectValue else { throw bad("\"columns\" must be an object keyed by column name") }
        for (name, settings) in columns {
          guard let fields = settings.objectValue else { throw bad("the settings of column '\(name)' must be an object") }
          var o = ColumnOverride(column: name)
          for (field, v) in fields {
            switch field {
            case "type":
              guard let s = v.stringValue, let k = kind(s) else { throw bad("column '\(name)': unknown \"type\"") }
              o.kind = k
            case "missing": o.missingCodes = try stringList(v, name: "missing", bad)
            case "include":
              guard let b = v.boolValue else { throw bad("column '\(name)': \"include\" must be true or false") }
              o.include = b
            case "notMissing": o.notMissing = try stringList(v, name: "notMissing", bad)
            case "coarsen":
              guard let t = v.stringValue, let c = Coarsening(rawValue: t) else { throw bad("column '\(name)': \"coarsen\" must be \"year\", \"month\" or \"pc4\"") }
              o.coarsen = c
            case "poolRare": o.poolRare = try rowCount(v, name: "poolRare", bad)
            default: throw bad("column '\(name)': unknown setting \"\(field)\" (use type, missing, notMissing, include, coarsen, poolRare)")
            }
          }
          options.overrides.append(o)
        }
      default:
        // Settings of other commands (synthesis, report) may share the file.
        continue
      }
    }
    return options
  }

  /// The reading and typing options as settings-file members (only those set), so a settings
  /// file written after a run reads the input the same way.
  static func write(_ options: TableOptions, to json: inout JSONWriter) {
    func list(_ key: String, _ items: [String]) {
      json.key(key)
      json.beginArray(); for item in items { json.string(item) }; json.endArray()
    }
    if let d = options.csv.delimiter { json.field("delimiter", d == 9 ? "tab" : String(decoding: [d], as: UTF8.self)) }
    if let comma = options.csv.decimalComma { json.field("decimal", comma ? "comma" : "point") }
    if let encoding = options.csv.encoding { json.field("encoding", UTF8Text.asciiLowercased(encoding.rawValue)) }
    if let sheet = options.csv.sheet { json.field("sheet", sheet) }
    if !options.missingCodes.isEmpty { list("na", options.missingCodes) }
    if let order = options.dateOrder { json.field("dateOrder", order == .dayMonthYear ? "dmy" : "mdy") }
    if options.booleanZeroOne { json.field("bool01", true) }
    if options.minimumCount != TableOptions.defaultMinimumCount { json.field("minCount", options.minimumCount) }
    if let k = options.poolRare { json.field("poolRare", k) }
    guard !options.overrides.isEmpty else { return }
    json.key("columns")
    json.beginObject()
    for o in options.overrides {
      json.key(o.column)
      json.beginObject()
      if let kind = o.kind { json.field("type", kind.rawValue) }
      if !o.missingCodes.isEmpty { list("missing", o.missingCodes) }
      if !o.notMissing.isEmpty { list("notMissing", o.notMissing) }
      if let include = o.include { json.field("include", include) }
      if let c = o.coarsen { json.field("coarsen", c.rawValue) }
      if let k = o.poolRare { json.field("poolRare", k) }
      json.endObject()
    }
    json.endObject()
  }

  private static func rowCount(_ value: JSONValue, name: String, _ bad: (Phrase) -> CommandError) throws(CommandError) -> Int {
    guard let n = value.numberValue, n >= 2, n <= Double(maximumMinimumCount), let count = n.integer(as: Int.self), Double(count) == n else {
      throw bad("\"\(name)\" must be a whole number of rows from 2 to \(maximumMinimumCount)")
    }
    return count
  }

  private static func stringList(_ value: JSONValue, name: String, _ bad: (Phrase) -> CommandError) throws(CommandError) -> [String] {
    if let s = value.stringValue { return [s] }
    guard let items = value.arrayValue else { throw bad("\"\(name)\" must be a list of codes") }
    var out: [String] = []
    for item in items {
      if let s = item.stringValue { out.append(s) }
      else if let n = item.numberValue { out.append(NumberFormatting.json(n)) }
      else { throw bad("\"\(name)\" must be a list of codes") }
    }
    return out
  }

  // MARK: Small parsers

  /// `COLUMN=VALUE`, split at the last `=` (column names may hold one).
  static func split(_ text: String, option: String, _ a: Arguments) throws(UsageError) -> (String, String) {
    let bytes = Array(text.utf8)
    guard let eq = bytes.lastIndex(of: UInt8(ascii: "=")), eq > 0 else { throw a.error("option '\(option)' needs COLUMN=VALUE, not '\(text)'") }
    return (String(decoding: bytes[..<eq], as: UTF8.self), String(decoding: bytes[(eq + 1)...], as: UTF8.self))
  }

  private static func codes(_ text: String) -> [String] {
    text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
  }

  private static func update(_ options: inout TableOptions, _ column: String, _ change: (inout ColumnOverride) -> Void) {
    for i in 0..<options.overrides.count where options.overrides[i].column == column {
      change(&options.overrides[i])
      return
    }
    var o = ColumnOverride(column: column)
    change(&o)
    options.overrides.append(o)
  }

  static func kind(_ text: String) -> ColumnKind? {
    switch text {
    case "integer", "decimal", "categorical", "boolean", "date", "datetime", "identifier": return ColumnKind(rawValue: text)
    default: return nil
    }
  }

  static func delimiter(_ text: String) -> UInt8? {
    switch text {
    case "comma", ",": return UInt8(ascii: ",")
    case "semicolon", ";": return UInt8(ascii: ";")
    case "tab", "\t": return 9
    case "pipe", "|": return UInt8(ascii: "|")
    default: return nil
    }
  }

  static func encoding(_ text: String) -> CSVDialect.Encoding? {
    switch UTF8Text.asciiLowercased(text) {
    case "utf-8", "utf8": return .utf8
    case "windows-1252", "cp1252": return .windows1252
    case "latin-1", "latin1", "iso-8859-1": return .latin1
    case "utf-16le": return .utf16LE
    case "utf-16be": return .utf16BE
    default: return nil
    }
  }
}
