/// What a column holds, as inferred from its values or set by the user.
public enum ColumnKind: String, Sendable, CaseIterable {
  case integer, decimal, categorical, boolean, date, datetime
  /// Almost every value unique (IDs, names, free text, row numbers): excluded from synthesis by default.
  case identifier
  /// One value in every non-missing row.
  case constant
  /// Every value missing.
  case empty

  /// Kinds whose values are numbers on a scale (dates count days or seconds).
  var isNumeric: Bool {
    switch self {
    case .integer, .decimal, .date, .datetime: return true
    default: return false
    }
  }
}

/// One way a value can be missing: a standard token such as `NA` or an empty field, or a code the
/// user declared (e.g. `-8`, as synthpop's `cont.na`). Codes are kept apart so output can repeat them.
public struct MissingCode: Equatable, Sendable {
  public var text: String
  public var count: Int
  public var isUserCode: Bool
}

/// Everything known about one column: its type with the reasons, its missing values and how to write it.
public struct ColumnSchema: Equatable, Sendable {
  public var name: String
  /// 0-based position in the input file.
  public var position: Int
  public var kind: ColumnKind
  /// How sure the inference is, from 0 to 1 (1 when the user set the type).
  public var confidence: Double
  /// Why the kind was chosen, most important first.
  var reasons: [ColumnReason]
  /// Left out of synthesis (identifiers, an index column, or the user's choice).
  public var excluded: Bool
  /// A number with few distinct values, such as a 1/2 code for sex.
  public var possiblyCategorical = false
  /// An unnamed first column that counts rows, as pandas and R write.
  public var isIndex = false
  public var numberStyle: NumberStyle = .shortest
  public var decimalComma = false
  /// Grouped thousands, currency or percent signs, negatives in parentheses (`€ 1.234,50`).
  public var numberNotation = NumberNotation.plain
  public var dateFormat: DateFormat? = nil
  /// The spelling of false and true, for boolean columns.
  public var booleanLabels: (String, String)? = nil
  public var missingCodes: [MissingCode] = []
  public var missingCount = 0
  public var distinctCount = 0
  /// Up to three of the most frequent observed values.
  public var examples: [String] = []
  /// Set when the column was left out as an identifier, with what kind it looks like.
  public var identifierKind: IdentifierKind? = nil
  public var quasiIdentifier: QuasiIdentifier? = nil
  public var coarsened: Coarsening? = nil
  /// Standard missing tokens read as real values (`isUserCode`: because the user said so).
  public var keptTokens: [MissingCode] = []
  /// Values of a numeric column that look like special codes (-9, 999) but were not declared.
  public var suggestedCodes: [MissingCode] = []
  /// Categories with fewer real rows than the table's minimum count, and their rows together.
  public var rareLevels = 0
  public var rareRows = 0
  /// What an SPSS or Stata file said of the variable (labels, missing values, format).
  public var metadata: VariableMetadata? = nil

  public static func == (a: ColumnSchema, b: ColumnSchema) -> Bool {
    a.name == b.name && a.position == b.position && a.kind == b.kind && a.confidence == b.confidence && a.reasons == b.reasons
      && a.excluded == b.excluded && a.possiblyCategorical == b.possiblyCategorical && a.isIndex == b.isIndex
      && a.numberStyle == b.numberStyle && a.decimalComma == b.decimalComma && a.numberNotation == b.numberNotation && a.dateFormat == b.dateFormat
      && a.booleanLabels?.0 == b.booleanLabels?.0 && a.booleanLabels?.1 == b.booleanLabels?.1
      && a.missingCodes == b.missingCodes && a.missingCount == b.missingCount && a.distinctCount == b.distinctCount
      && a.examples == b.examples && a.identifierKind == b.identifierKind && a.quasiIdentifier == b.quasiIdentifier
      && a.coarsened == b.coarsened && a.keptTokens == b.keptTokens && a.suggestedCodes == b.suggestedCodes
      && a.rareLevels == b.rareLevels && a.rareRows == b.rareRows && a.metadata == b.metadata
  }

  /// Writes a value of a numeric, date or boolean column the way the input wrote such values;
  /// numbers `asInput` with its decimal mark and notation, else plainly (`1234.5`, for JSON and
  /// the report, which word numbers themselves).
  func appendText(of value: Double, asInput: Bool, to out: inout [UInt8]) {
    switch kind {
    case .integer, .decimal:
      if asInput && !numberNotation.isPlain {
        numberNotation.append(value, style: numberStyle, decimalComma: decimalComma, to: &out)
      } else {
        NumberFormatting.append(value, style: numberStyle, decimalComma: asInput && decimalComma, to: &out)
      }
    case .date, .datetime:
      dateFormat?.append(value, to: &out)
    case .boolean:
      let labels = booleanLabels ?? ("false", "true")
      out.append(contentsOf: (value != 0 ? labels.1 : labels.0).utf8)
    case .categorical, .identifier, .constant, .empty:
      break
    }
  }

  func text(of value: Double) -> String {
    var out: [UInt8] = []
    appendText(of: value, asInput: false, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The type as shown to people: `decimal (2 decimals)`, `date (dd-MM-yyyy)`.
  public var typeDescription: String {
    switch kind {
    case .decimal:
      switch numberStyle {
      case .decimals(let low, let high):
        let count = low == high ? "\(high)" : "\(low)-\(high)"
        return "decimal (\(count) decimal\(high == 1 ? "" : "s")\(decimalComma ? ", comma" : ""))"
      default: return "decimal"
      }
    case .date, .datetime:
      if let f = dateFormat { return kind.rawValue + " (" + f.pattern + ")" }
      return kind.rawValue
    case .boolean:
      if let labels = booleanLabels { return "boolean (" + labels.0 + "/" + labels.1 + ")" }
      return "boolean"
    default:
      return kind.rawValue
    }
  }
}

/// What the user may decide about one column instead of the inference.
public struct ColumnOverride: Equatable, Sendable {
  public var column: String
  public var kind: ColumnKind? = nil
  /// Extra missing-value codes for this column (e.g. `-8`, `999`).
  public var missingCodes: [String] = []
  /// true: synthesise even if it looks like an identifier; false: leave it out.
  public var include: Bool? = nil
  /// Standard missing tokens (`NONE`, `-`) that are real values in this column.
  public var notMissing: [String] = []
  public var coarsen: Coarsening? = nil
  /// Pool this column's categories with fewer rows than this into `other`.
  public var poolRare: Int? = nil
  /// Numbers written in this notation: a synthetic file read like its real one (`€ 1.234,50`).
  public var notation: NumberNotation? = nil
  public init(column: String) { self.column = column }
}

/// Options for reading and typing a table; every inference decision can be overridden here.
public struct TableOptions: Equatable, Sendable {
  public var csv = CSVOptions()
  /// Missing-value codes for every column, in addition to the standard tokens.
  public var missingCodes: [String] = []
  /// Read columns of only 0 and 1 as boolean.
  public var booleanZeroOne = false
  /// Day/month order for dates such as `01/03/2024` when the data cannot decide.
  public var dateOrder: DateFormat.Order? = nil
  public var overrides: [ColumnOverride] = []
  /// Overrides may name columns the file lacks (reading synthetic data with the real types).
  public var overridesMayBeAbsent = false
  /// Categories and table cells with fewer real rows than this are rare: flagged when reading, and
  /// never printed by the report in publication mode (the usual minimum cell size of statistical offices).
  public var minimumCount = TableOptions.defaultMinimumCount
  public static let defaultMinimumCount = 5
  /// Pool, in every categorical column, the categories with fewer rows than this into `other`.
  public var poolRare: Int? = nil
  public init() {}

  func override(for name: String) -> ColumnOverride? {
    for o in overrides where o.column == name { return o }
    return nil
  }
}
