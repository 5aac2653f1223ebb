/// The English catalogue: every typed message of the core, worded in English. Each message names
/// its column, file or setting and says what to do; the command line prints these by default.

extension DataError: Message {
  public var english: String {
    switch self {
    case .emptyFile(let at):
      return "\(at): the file is empty; choose a CSV file with a header line and at least one row of data"
    case .headerOnly(let at):
      return "\(at): the file has a header line but no rows of data below it"
    case .binaryFile(let at):
      return "\(at): the file contains a NUL byte, so it is not a text (CSV) file; export the data as CSV and try again"
    case .workbook(let file, let problem):
      let what: String
      switch problem {
      case .archive(let failure):
        switch failure {
        case .notZip: what = "it is not a ZIP file, as an .xlsx workbook is"
        case .truncated(let o): what = "the file is cut off or damaged near byte \(o)"
        case .zip64: what = "it is a ZIP64 archive (over 4 GB), which is not supported"
        case .encrypted(let e): what = "its part '\(e)' is encrypted (protected with a password); save it without a password"
        case .method(let e, let m): what = "its part '\(e)' uses compression method \(m), which is not supported"
        case .overlapping(let e): what = "its part '\(e)' shares bytes with another part, as a ZIP bomb does"
        case .tooLarge(let e, let size, let limit): what = "its part '\(e)' would unpack to \(size) bytes or more, over the limit of \(limit)"
        case .corrupt(let e, let o): what = "its part '\(e)' is damaged near byte \(o)"
        case .missing(let e): what = "it has no part '\(e)'"
        }
      case .part(let name, let o): what = "its part '\(name)' is not valid XML near byte \(o)"
      case .sheetWithoutData(let sheet, let available): what = "its sheet '\(sheet)' has no rows of data; its sheets are \(available.map { "'" + $0 + "'" }.joined(separator: ", ")): choose one with data"
      case .noSheet: what = "it has no sheet"
      case .sheetNotFound(let sheet, let available): what = "it has no sheet '\(sheet)'; its sheets are \(available.map { "'" + $0 + "'" }.joined(separator: ", "))"
      case .mergedHeader(let range): what = "the header row has merged cells (\(range)), which hide column names; unmerge them and give every column its own name"
      case .cellText(let cell): what = "the text of cell \(cell) is not valid UTF-8 or holds a NUL byte, so the file is damaged; save it again from Excel or LibreOffice"
      }
      return "\(file): cannot read this Excel workbook: \(what)"
    case .statisticalFile(let file, let problem):
      switch problem {
      case .truncated(let format, let o):
        return "\(file): this \(format.rawValue) file is cut off at byte \(o); its data are incomplete. Save or export it again"
      case .damaged(let format, let part, let o):
        let what: String
        switch part {
        case .header: what = "its header is"
        case .variables: what = "its list of variables is"
        case .valueLabels: what = "its value labels are"
        case .extensionRecord: what = "an extension record is"
        case .data: what = "its data are"
        case .strings: what = "its long strings are"
        }
        return "\(file): this \(format.rawValue) file is damaged: \(what) not valid at byte \(o). Save or export it again"
      case .unsupported(let format, let feature):
        let what: String
        switch feature {
        case .compression(let c): what = "compression method \(c)"
        case .characterSet(let name): what = "the character set \(name)"
        case .codePage(let c): what = "code page \(c)"
        case .release(let r): what = "release \(r) of the format"
        }
        let advice = format == .spss ? "save it again as .sav from a current SPSS or PSPP" : "save it from Stata 13 or later (saveold, version(13)) or with pandas"
        return "\(file): this \(format.rawValue) file uses \(what), which is not supported; \(advice), or export it as CSV"
      }
    case .unsupportedEncoding(let file, let encoding):
      return "\(file): the file is encoded as \(encoding), which is not supported; save it as UTF-8 CSV"
    case .utf16WithoutByteOrderMark(let file):
      return "\(file): the file looks like UTF-16 without a byte-order mark, so its byte order is unknown; give --encoding utf-16le (Windows) or utf-16be, or save it as UTF-8 CSV"
    case .invalidUTF8(let at, let byte, let valid):
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      guard let valid else {
        return "\(at): byte \(hex) is not valid UTF-8 (--encoding utf-8); correct this byte, or give the file's encoding with --encoding windows-1252, latin-1, utf-16le or utf-16be"
      }
      let letters = valid >= 1000 ? "1,000 or more letters beyond ASCII are" : valid == 1 ? "1 letter beyond ASCII is" : "\(valid) letters beyond ASCII are"
      return "\(at): byte \(hex) is not valid UTF-8, though \(letters) elsewhere in the file; reading the whole file as Windows-1252 would change each of them (José would read JosÃ©). Correct or remove this byte (save the file as UTF-8), or, if the whole file is Windows-1252, give --encoding windows-1252"
    case .unterminatedQuote(let at):
      return "\(at): a quoted field starts here but its closing quote is missing; check for a stray \" in this field"
    case .textAfterClosingQuote(let at):
      return "\(at): unexpected text after a closing quote; inside a quoted field write a quote as \"\""
    case .fieldCount(let at, let record, let expected, let found):
      return "\(at): row \(record) has \(found) field\(found == 1 ? "" : "s") but the header has \(expected); every row needs the same number of fields"
    case .tooManyColumns(let file, let count, let limit):
      return "\(file): the file has \(count) columns; at most \(limit) are supported"
    case .outputTooLarge(let file, let megabytes, let limit):
      return "\(file): the file would take more than \(megabytes) MB, more than fits in this browser's memory (about \(limit) MB a file); use the localsynth command line, or ask for fewer rows"
    case .synthesisTooLarge(let file, let megabytes, let limit):
      return "\(file): synthesising this table with its report needs about \(megabytes) MB of memory, more than this browser gives a page (\(limit) MB); use the localsynth command line, which gives the same results, or a file with fewer rows or columns"
    case .tooLarge(let file, let cells, let limit):
      return "\(file): the table has \(cells / 1_000_000) million cells, more than fit in this browser's memory (about \(max(limit, 0) / 1_000_000) million for a file this size); use the localsynth command line, or a file with fewer rows or columns"
    case .unknownColumn(let name, let available):
      return "there is no column named '\(name)'; the columns are \(UTF8Text.quotedList(available, limit: 20))"
    case .valueDoesNotFitType(let column, let row, let line, let value, let kind):
      let type: String
      switch kind {
      case .integer: type = "whole number"
      case .boolean: type = "yes/no value"
      case .date: type = "date"
      case .datetime: type = "date and time"
      default: type = "number"
      }
      return "column '\(column)', row \(row) (line \(line)): the value '\(value)' is not a valid \(type); choose another type for this column or declare '\(value)' a missing-value code"
    case .wholeNumberTooLarge(let column, let row, let line, let value):
      return "column '\(column)', row \(row) (line \(line)): \(value) is beyond ±9007199254740992 (2^53), the largest whole number kept exactly as a number; read the column as categorical (--type \(column)=categorical) to keep its values as written"
    case .kindNotChoosable(let column, let kind):
      return "column '\(column)': the type '\(kind.rawValue)' cannot be chosen; use integer, decimal, categorical, boolean, date, datetime or identifier"
    case .coarseningNeedsPostcodes(let column):
      return "column '\(column)': only Dutch postcodes (such as 1234 AB) can be coarsened to PC4, and this column holds none"
    case .coarseningNeedsDates(let column, let coarsening, let kind):
      return "column '\(column)': only dates can be coarsened to the \(coarsening == .year ? "year" : "month"), and this column is \(kind.rawValue)"
    case .invalidSettings(let place, let message):
      return "\(place): \(message.english)"
    }
  }
}

extension SynthesisError: Message {
  var english: String {
    switch self {
    case .unknownColumn(let option, let name, let known):
      return "\(option): there is no column '\(name)'; the columns are \(UTF8Text.quotedList(known, limit: 8))"
    case .nothingToSynthesise:
      return "no column is left to synthesise: every column is excluded (identifiers, an index, empty) or left out of the visit order; use --include COLUMN to synthesise one"
    case .noRowsLeft(let dropped):
      return "every row (\(dropped)) has a missing value in some column, so dropping rows leaves nothing; use --missing-values model or impute"
    case .visitExcluded(let column, let kind):
      return "--visit: column '\(column)' is excluded from synthesis (\(kind.rawValue)); add --include '\(column)' to synthesise it"
    case .methodUnsuited(let column, let method, let numbers):
      let suited = ColumnMethod.suited(numbers: numbers).map { $0.rawValue + ($0.scope == .twoCategories ? " (two categories)" : "") }
      return numbers
        ? "column '\(column)' holds numbers; \(method.rawValue) models categories: use \(listed(suited, "or"))"
        : "column '\(column)' holds categories; \(method.rawValue) models numbers: use \(listed(suited, "or"))"
    case .strataNumeric(let column, let kind):
      return "--strata: column '\(column)' holds numbers (\(kind.rawValue)); strata are categories: set its type to categorical, or name a categorical column"
    case .strataEmpty:
      return "--strata needs at least one column name (or auto or none)"
    case .strataNotSynthesised(let column):
      return "--strata names '\(column)', which is not a synthesised column"
    case .predictorLevels(let column, let method, let predictor, let levels, let most):
      return "column '\(column)' (method \(method.rawValue)): its predictor '\(predictor)' has \(levels) categories, more than \(most) for a regression (--max-levels); leave it out of the column's predictors, or use cart for this column"
    case .designTooLarge(let column, let method, let cells, let most):
      return "column '\(column)' (method \(method.rawValue)): the regression would need \(cells) design cells, more than \(most); give the column fewer predictors, or use cart for this column"
    case .regressionOverflow(let column, let method):
      return "column '\(column)' (method \(method.rawValue)): the regression overflows on these values (too large for a linear model); use cart or normrank for this column, or leave the largest predictors out (--predictors)"
    case .logregClasses(let column, let count):
      return "column '\(column)' has \(count) categories; logreg models two, use polyreg for more"
    case .logitParameters(let column, let method, let classes, let designColumns, let parameters, let most):
      return "column '\(column)' (method \(method.rawValue)): \(classes) categories × \(designColumns) design columns make \(parameters) parameters, more than \(most); give it fewer predictors, or use cart for this column"
    case .logitTooSlow(let column, let method, let rows, let parameters):
      return "column '\(column)' (method \(method.rawValue)): \(rows) rows and \(parameters) parameters would take minutes to fit; give it fewer predictors, or use cart for this column"
    case .lognormNegative(let column):
      return "column '\(column)' has negative values; lognorm models values of 0 or more: use norm or normrank"
    case .copulaDimensions(let needed, let most):
      return "the Gaussian copula handles at most \(most) dimensions (a column, plus one for its missing values); this table needs \(needed): choose columns with --visit A,B,... or use --method cart"
    case .holdoutTooSmall:
      return "--holdout needs at least 2 rows"
    case .rule(let e):
      return "rule '\(e.shown)', at character \(e.position): \(e.message.english)"
    case .ruleColumnExcluded(let rule, let column, let kind):
      return "rule '\(rule)': column '\(column)' is excluded from synthesis (\(kind.rawValue)); add --include '\(column)' to synthesise it, or leave the rule out"
    case .ruleTargetTwice(let column):
      return "two rules compute column '\(column)'; keep one"
    case .ruleCircle(let columns):
      return "the computed columns \(UTF8Text.quotedList(columns)) are computed from each other; compute one of them from other columns"
    }
  }
}

extension EvaluationError: Message {
  var english: String {
    switch self {
    case .rule(let e):
      return SynthesisError.rule(e).english
    case .model(let e):
      return "model '\(e.shown)', at character \(e.position): \(e.message.english)"
    case .noCommonColumns(let real, let synthetic):
      return "\(synthetic) has no column of \(real) that can be evaluated; compare a synthetic file with the real file it was made from"
    case .fewCommonColumns(let real, let synthetic, let common, let of, let missing, let extra):
      var text = "\(synthetic) has only \(common) of the \(of) columns of \(real) (by name): compare a synthetic file with the real file it was made from. Missing: \(UTF8Text.quotedList(missing, limit: 8))"
      if !extra.isEmpty { text += "; only in \(synthetic): \(UTF8Text.quotedList(extra, limit: 8))" }
      return text
    case .nothingToEvaluate(let real):
      return "\(real) has no column to evaluate: every column is empty or left out as an identifier; use --include COLUMN to evaluate one"
    case .unknownColumn(let option, let name, let known):
      return "\(option): there is no column '\(name)' to evaluate; the columns are \(UTF8Text.quotedList(known, limit: 8))"
    }
  }
}

extension CommandError: Message {
  var english: String {
    switch self {
    case .data(let e): return e.english
    case .usage(let e): return e.message.english
    case .synthesis(let e): return e.english
    case .evaluation(let e): return e.english
    case .input(let path, let status):
      switch status {
      case .notFound: return "\(path): no such file"
      case .isDirectory: return "\(path): is a folder, not a file"
      case .unreadable, .ok: return "\(path): the file cannot be read (check its permissions)"
      }
    }
  }
}

extension CommandWord {
  var english: String {
    switch self {
    case .error: return "error"
    case .reportFailed(let paths): return "the synthetic data is written (\(paths.joined(separator: ", "))); only the report could not be made"
    case .note: return "Note: "
    case .suggestion: return "Suggestion: "
    case .wrote(let path): return "Wrote \(path)"
    case .synthesised(let rows, let columns, let input, let method, let seed, let copies):
      return "Synthesised \(rows == 1 ? "1 row" : "\(rows) rows") x \(columns) columns from \(input) with \(method == .cart ? "CART" : "a Gaussian copula"), seed \(seed)"
        + (copies > 1 ? ", \(copies) copies." : ".")
    case .heldOut(let rows, let of, let left): return "Held out \(rows) of \(of) rows (--holdout); synthesised from the other \(left)."
    case .columns(let names, let visited): return (visited ? "Visit order: " : "Columns: ") + names.joined(separator: ", ")
    case .leftOut(let names): return "Left out (excluded): " + UTF8Text.quotedList(names)
    case .evaluated(let synthetic, let syntheticRows, let real, let realRows, let columns):
      return "Evaluated \(synthetic) (\(syntheticRows) rows) against \(real) (\(realRows) rows), \(columns) columns."
    case .helpHint(let command):
      return command.map { "Run 'localsynth \($0) --help' for its options." } ?? "Run 'localsynth --help' for the list of commands."
    }
  }
}

extension ColumnKind: Message {
  /// Its token, as `--type` spells it.
  var english: String { rawValue }
}

extension SchemaText {
  var english: String {
    switch self {
    case .heading(let file, let rows, let columns, let d):
      let w = Wording(language: .en)
      return "\(file): \(w.count(rows)) row\(rows == 1 ? "" : "s"), \(columns) column\(columns == 1 ? "" : "s")"
        + (d.sheet.map { " (Excel workbook, sheet '\($0)')" } ?? " (\(d.delimiterName)-separated, \(d.encoding.rawValue)\(d.byteOrderMark ? " with BOM" : ""), \(d.lineEnding.rawValue) line ends\(d.decimalComma ? ", decimal comma" : ""))")
    case .header(let header):
      switch header {
      case .number: return "#"
      case .column: return "column"
      case .type: return "type"
      case .confidence: return "confidence"
      case .missing: return "missing"
      case .distinct: return "distinct"
      case .examples: return "examples"
      }
    case .type(let schema): return schema.typeDescription
    case .excluded: return "excluded"
    case .withheld: return "(withheld)"
    case .emptyField: return "empty"
    case .userCode: return "user code"
    }
  }
}

extension ModelTerm: Message {
  /// As the JSON writes it: "age", "sex: female", "age: missing (-8)", "occupation: other (12 levels)".
  var english: String {
    switch self {
    case .value(let column): return column
    case .level(let column, let level): return "\(column): \(level)"
    case .missing(let column, let code): return "\(column): missing" + (code.map { " (\($0))" } ?? "")
    case .other(let column, let levels): return "\(column): other (\(levels) levels)"
    }
  }
}

extension ModelRemark: Message {
  var english: String {
    switch self {
    case .skipped(let column, .kind(let kind)): return "\(column) (\(kind.rawValue))"
    case .skipped(let column, .oneValue): return "\(column) (one value)"
    case .skipped(let column, .overParameterLimit): return "\(column) (over the parameter limit)"
    case .pooled(let column, let levels): return "\(column) (\(levels) levels pooled)"
    }
  }
}

extension CategoryTerm: Message {
  /// As the JSON writes it: the value, the code, "missing", "missing (NA)", "missing (empty)".
  var english: String { worded(missing: "missing", empty: "empty", decimalComma: false) }
}

extension ModelCoefficientName: Message {
  /// As the JSON writes it: "(Intercept)", "age", "region: north", "age × region: north".
  var english: String { isIntercept ? "(Intercept)" : worded() }

  /// The parts joined by " × ", a level as "column: level".
  func worded() -> String {
    parts.map { part in
      switch part {
      case .value(let column): return column
      case .level(let column, let level): return "\(column): \(level)"
      }
    }.joined(separator: " × ")
  }
}
