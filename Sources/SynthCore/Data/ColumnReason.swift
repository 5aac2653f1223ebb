/// Why a column was typed, kept or left out as it was: typed so that `analyze`, the page and the
/// report word it in English and Dutch from one place.
enum ColumnReason: Equatable, Sendable {
  case allMissing
  case constant(value: String)
  case yesNo(falseLabel: String, trueLabel: String)
  case dates(pattern: String, withTime: Bool)
  case dateOrder(DateOrderReason)
  case wholeNumbers
  case numbers(maximumDecimals: Int, exponent: Bool)
  /// Amounts read through their notation (grouped thousands, a sign, parentheses).
  case notation(NumberNotation)
  case possiblyCodes(count: Int, values: [String])
  case text(distinct: Int)
  case mostlyNumbers(exceptions: [String])
  case identifier(IdentifierKind, detail: IdentifierDetail)
  case setByUser
  case writtenAs(pattern: String)
  case includedByUser
  case excludedByUser
  /// A standard missing token kept as a value: frequent here and no missing marker elsewhere in the file.
  case tokenKept(token: String, count: Int)
  /// A standard missing token the user said is a real value.
  case tokenKeptByUser(token: String, count: Int)
  case rareLevels(levels: Int, rows: Int, threshold: Int)
  case pooled(levels: Int, rows: Int, threshold: Int)
  case coarsened(Coarsening)
}

/// What the numbers behind an identifier decision were.
enum IdentifierDetail: Equatable, Sendable {
  case none
  /// Unique share of the observed values.
  case unique(share: Double, freeText: Bool)
  /// A gap-free run of whole numbers.
  case run(from: String, to: String)
  /// Share of the observed rows that fit the pattern (checksum, shape).
  case matching(share: Double)
}

/// The kinds of identifying columns that are left out of synthesis by default.
public enum IdentifierKind: String, Sendable {
  /// Whole numbers that run without gaps (row numbers, sequential IDs).
  case sequence
  /// An unnamed first column counting rows, as pandas and R write.
  case index
  /// Dutch citizen service number: nine digits that pass the eleven test.
  case bsn
  /// International bank account number with a valid mod-97 check.
  case iban
  case phone
  case email
  /// Unique whole numbers spread evenly over a wide range: random ID numbers, not quantities.
  case randomNumber
  /// Unique whole numbers in a column whose name says it numbers people or records
  /// (`id`, `klantnummer`, `client_nr`): an ID however its numbers were handed out.
  case namedNumber
  /// Unique text such as names or codes.
  case text
  case freeText
}

/// Columns that do not identify anyone alone, but do together with others.
public enum QuasiIdentifierKind: String, Sendable {
  /// Dutch six-character postcode (1234 AB), or a column named as a postcode.
  case postcode
  case birthDate
  /// Exact dates of events, with many distinct days.
  case date
  /// Long text that can name or describe a person.
  case freeText
}

/// A coarser version of a column, so a quasi-identifier can be kept with less detail.
public enum Coarsening: String, Sendable, CaseIterable {
  case year, month, pc4
}

enum DateOrderReason: Equatable, Sendable {
  case firstAbove12, secondAbove12, setByUser, ambiguous
}

extension ColumnReason {
  func text(_ w: Wording) -> String {
    switch self {
    case .allMissing: return w("every value is missing")
    case .constant(let value): return w("every non-missing value is '\(value)'")
    case .yesNo(let f, let t): return w("every value is a yes/no word (\(f)/\(t))")
    case .dates(let pattern, let withTime):
      return withTime ? w("every value is a date and time written as \(pattern)")
        : w("every value is a date written as \(pattern)")
    case .dateOrder(let reason): return reason.text(w)
    case .wholeNumbers: return w("every value is a whole number")
    case .numbers(let decimals, let exponent):
      if exponent { return w("every value is a number (some in exponent notation)") }
      return decimals == 1 ? w("every value is a number with up to 1 decimal")
        : w("every value is a number with up to \(decimals) decimals")
    case .notation(let n):
      var parts: [String] = []
      switch n.grouping {
      case .none: break
      case .point: parts.append(w("a point groups thousands (1.234.567,89)"))
      case .comma: parts.append(w("a comma groups thousands (1,234,567.89)"))
      }
      if !n.sign.isEmpty {
        parts.append(n.sign == "%" ? w("the percent sign is left out of the values (12.5% is read as 12.5)") : w("the sign '\(n.sign)' is left out of the values"))
      }
      if n.negative == .parentheses || n.negative == .parenthesesAfterSign { parts.append(w("an amount in parentheses is negative")) }
      return w("amounts written as a spreadsheet formats them: \(parts.joined(separator: "; ")); the synthetic values are written the same way")
    case .possiblyCodes(let count, let values):
      let list = values.joined(separator: ", ")
      return w("only \(count) distinct values (\(list)): possibly category codes rather than quantities (synthpop warns about such columns); set the type to categorical if the numbers are labels")
    case .text(let distinct): return w("text values, \(distinct) distinct")
    case .mostlyNumbers(let exceptions):
      let list = UTF8Text.quotedList(exceptions)
      return exceptions.count == 1
        ? w("mostly numbers, but \(list) is not; declare it a missing-value code to read this column as numbers")
        : w("mostly numbers, but \(list) are not; declare them a missing-value code to read this column as numbers")
    case .identifier(let kind, let detail): return ColumnReason.identifierText(kind, detail, w)
    case .setByUser: return w("type set by the user")
    case .writtenAs(let pattern): return w("written as \(pattern)")
    case .includedByUser: return w("included by the user")
    case .excludedByUser: return w("left out by the user")
    case .tokenKept(let token, let count):
      return w("'\(token)' (\(w.count(count)) rows) is read as an answer, not as a missing value: it is frequent here and marks no missing number elsewhere in the file; count it as missing if it means 'no answer'")
    case .tokenKeptByUser(let token, let count):
      return w("'\(token)' (\(w.count(count)) rows) is read as an answer, as the user asked")
    case .rareLevels(let levels, let rows, let k):
      return levels == 1
        ? w("1 category has fewer than \(k) rows (\(w.count(rows))): such a rare person can be recognised; pool rare categories into 'other' to protect them")
        : w("\(levels) categories have fewer than \(k) rows each (\(w.count(rows)) together): such rare people can be recognised; pool rare categories into 'other' to protect them")
    case .pooled(let levels, let rows, let k):
      return levels == 1
        ? w("1 category with fewer than \(k) rows pooled into 'other' (\(w.count(rows)) rows)")
        : w("\(levels) categories with fewer than \(k) rows pooled into 'other' (\(w.count(rows)) rows)")
    case .coarsened(let c):
      switch c {
      case .year: return w("coarsened to the year, as the user asked")
      case .month: return w("coarsened to year and month, as the user asked")
      case .pc4: return w("coarsened to the four digits of the postcode (PC4), as the user asked")
      }
    }
  }

  private static func identifierText(_ kind: IdentifierKind, _ detail: IdentifierDetail, _ w: Wording) -> String {
    let leftOut = w("left out of synthesis because it would copy real values (include it to keep it)")
    var share = ""
    if case .matching(let s) = detail { share = w.percent(s) }
    switch kind {
    case .index:
      return w("unnamed first column numbering the rows: an index written by pandas or R, not data; left out of synthesis (include it to keep it)")
    case .sequence:
      guard case .run(let from, let to) = detail else { return leftOut }
      return w("every value is unique and together they run from \(from) to \(to) without gaps, like a row number or ID; \(leftOut)")
    case .bsn:
      return w("\(share) of the values are nine-digit numbers that pass the eleven test, like Dutch citizen service numbers (BSN): a direct identifier; \(leftOut)")
    case .iban:
      return w("\(share) of the values are bank account numbers (IBAN) with a valid check: a direct identifier; \(leftOut)")
    case .phone:
      return w("\(share) of the values are phone numbers: a direct identifier; \(leftOut)")
    case .email:
      return w("\(share) of the values are e-mail addresses: a direct identifier; \(leftOut)")
    case .randomNumber:
      return w("every value is a unique whole number and they spread evenly over a wide range, like random ID numbers rather than quantities; \(leftOut)")
    case .namedNumber:
      return w("every value is a unique whole number and the column's name says it is an ID or a number given to each record; \(leftOut)")
    case .text, .freeText:
      var unique = ""
      if case .unique(let s, _) = detail { unique = w.percent(s) }
      return kind == .freeText
        ? w("\(unique) of the values are unique, like free text: \(leftOut)")
        : w("\(unique) of the values are unique, like an ID or a name: \(leftOut)")
    }
  }
}

extension IdentifierKind {
  /// What such values are, for a sentence such as "left out as …".
  func name(_ w: Wording) -> String {
    switch self {
    case .sequence: return w("running numbers")
    case .index: return w("a row index")
    case .bsn: return w("citizen service numbers (BSN)")
    case .iban: return w("bank account numbers (IBAN)")
    case .phone: return w("phone numbers")
    case .email: return w("e-mail addresses")
    case .randomNumber: return w("random ID numbers")
    case .namedNumber: return w("ID numbers")
    case .text: return w("unique text such as IDs or names")
    case .freeText: return w("free text")
    }
  }
}

extension DateOrderReason {
  func text(_ w: Wording) -> String {
    switch self {
    case .firstAbove12: return w("the first number goes above 12, so it is the day (day-month-year)")
    case .secondAbove12: return w("the second number goes above 12, so it is the day (month-day-year)")
    case .setByUser: return w("day and month order set by the user")
    case .ambiguous:
      return w("day and month are both 12 or less in every value, so their order cannot be told from the data; read as day-month-year (choose month-day-year if that is wrong)")
    }
  }
}

/// A quasi-identifier found in a column, with the advice the user can follow in one step.
public struct QuasiIdentifier: Equatable, Sendable {
  public var kind: QuasiIdentifierKind
  /// The coarsenings that suit this column (`--coarsen COLUMN=VALUE`).
  public var coarsenings: [Coarsening]

  func advice(_ w: Wording) -> String {
    switch kind {
    case .postcode:
      return coarsenings.isEmpty
        ? w("postcodes identify people together with other columns; check that the areas are large enough")
        : w("six-character postcodes identify people together with a few other columns; coarsen to the four digits (PC4)")
    case .birthDate:
      return w("an exact date of birth identifies people together with a few other columns; coarsen to the birth year (or year and month)")
    case .date:
      return w("exact dates can identify people together with other columns; consider coarsening to year and month")
    case .freeText:
      return w("free text can name or describe people; read it, and leave it out or recode it into categories")
    }
  }
}
