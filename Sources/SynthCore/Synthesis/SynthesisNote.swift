/// Something the user should know about a synthesis run: rows left out, values filled in, copies of
/// unique rows changed, cells written safely. Notes are values, so the terminal, the run summary
/// and the report word them in the run's language (`--lang`), and a page can match them by `code`.
///
///     let note = SynthesisNote.rowsDropped(left: 4994, of: 5000)
///     note.code                                   // "rowsDropped"
///     note.message(Wording(language: .nl))        // "4.994 van 5.000 rijen met een ontbrekende waarde weggelaten"
enum SynthesisNote: Equatable {
  /// `--visit` named some columns; these synthesisable ones are not in the output.
  case notInVisitOrder([String])
  /// `--predictors` named a column that is visited after the column it should predict.
  case predictorNotBefore(predictor: String, column: String)
  /// `--missing-values drop`: rows with a missing value left out of the `of` input rows.
  case rowsDropped(left: Int, of: Int)
  /// `--missing-values impute` or `impute-tree`: missing values filled in before synthesis.
  case valuesImputed(count: Int, trees: Bool)
  /// The copula was fitted within strata of these columns.
  case copulaStrata(count: Int, columns: [String], minimumRows: Int)
  /// A regression model's predictor that the column's other predictors nearly determine.
  case nearlyDeterminedPredictor(column: String, predictor: String, explained: Double)
  /// `--strata A,B` with CART: synthesised separately in `count` strata (synthpop's `syn.strata`).
  case cartStrata(count: Int, columns: [String], minimumRows: Int)
  /// `--marginals parametric`: the distribution chosen for a column, in `strata` of `of` strata.
  case parametricMarginal(column: String, distribution: String, strata: Int, of: Int)
  /// `--unique-copies keep`: synthetic rows of a copy (`copy` nil for a single copy) equal to a
  /// real row that no other real row shares, on all columns or all but `differing` of them
  /// (`NearCopyKeys`), of `of` synthetic rows.
  case uniqueCopiesKept(copy: Int?, rows: Int, of: Int, differing: Int)
  /// `--unique-copies replace`: such rows changed by exchanging values with `partner` rows;
  /// `anyRow` of them only with a row from anywhere, as no partner of their own did.
  case uniqueCopiesChanged(copy: Int?, rows: Int, partner: UniqueCopyPartner, differing: Int, anyRow: Int)
  /// Such rows that could not be changed.
  case uniqueCopiesLeft(copy: Int?, rows: Int, of: Int, differing: Int)
  /// The copula wrote real values beyond the real 1st or 99th percentile verbatim (`CopulaTails`),
  /// per column; with `smoothed`, `--smooth-tails` replaced those it could.
  case copulaTails(copy: Int?, counts: [CopulaTails.Count], smoothed: Bool)
  /// `--near-copies`: so many columns would make too many key sets; fewer were checked.
  case nearCopiesLimited(asked: Int, checked: Int)
  /// `--holdout`: rows held back from the synthesiser.
  case heldOut(rows: Int, of: Int)
  /// CART was chosen where the copula may suit better: a categorical with this many levels.
  case copulaSuggestedForLevels(column: String, levels: Int)
  /// CART was chosen where the copula may suit better: a large table.
  case copulaSuggestedForSize(rows: Int, columns: Int)
  /// `--formulas neutralise`: text cells that a spreadsheet would run as formulas got a leading '.
  case formulasNeutralised(copy: Int?, cells: Int)
  /// The input was Windows-1252 (or ISO-8859-1), but a synthetic value has a character that
  /// encoding lacks (a rule's text), so the CSV was written as UTF-8 with a byte-order mark.
  case writtenAsUTF8(copy: Int?, encoding: String)
  /// A Stata file: values at or beyond 2^1023, which Stata cannot hold, were written as missing.
  case beyondStataRange(copy: Int?, values: Int)
  /// Fewer real rows than `SynthesisNote.smallDataRows`: every measure is uncertain.
  case smallData(rows: Int)
  /// The reports are in publication mode with this threshold.
  case publicationMode(minimumCount: Int)
  /// A rule (`--rule`): rows of a copy that broke it as drawn and were changed, and rows that
  /// still break it (kept, not dropped), of `of`.
  case ruleKept(rule: String, copy: Int?, changed: Int, left: Int, of: Int)

  /// DUO's threshold: below 1,000 real rows utility and privacy measures are too uncertain to lean on.
  static let smallDataRows = Table.smallRowCount

  /// A stable camelCase identifier.
  var code: String {
    switch self {
    case .notInVisitOrder: return "notInVisitOrder"
    case .predictorNotBefore: return "predictorNotBefore"
    case .rowsDropped: return "rowsDropped"
    case .valuesImputed: return "valuesImputed"
    case .copulaStrata: return "copulaStrata"
    case .cartStrata: return "cartStrata"
    case .nearlyDeterminedPredictor: return "nearlyDeterminedPredictor"
    case .parametricMarginal: return "parametricMarginal"
    case .uniqueCopiesKept: return "uniqueCopiesKept"
    case .uniqueCopiesChanged: return "uniqueCopiesChanged"
    case .uniqueCopiesLeft: return "uniqueCopiesLeft"
    case .nearCopiesLimited: return "nearCopiesLimited"
    case .copulaTails: return "copulaTails"
    case .heldOut: return "heldOut"
    case .copulaSuggestedForLevels, .copulaSuggestedForSize: return "copulaSuggested"
    case .formulasNeutralised: return "formulasNeutralised"
    case .writtenAsUTF8: return "writtenAsUTF8"
    case .beyondStataRange: return "beyondStataRange"
    case .smallData: return "smallData"
    case .publicationMode: return "publicationMode"
    case .ruleKept: return "ruleKept"
    }
  }

  /// The sentence, starting in lower case (the terminal prints it after "Note: ").
  func message(_ w: Wording) -> String {
    func prefix(_ copy: Int?) -> String { copy.map { w("copy \($0): ") } ?? "" }
    func share(_ n: Int, _ of: Int) -> String { w.percent(Double(n) / Double(max(of, 1))) }
    switch self {
    case .notInVisitOrder(let names):
      return w("not in the visit order, so left out of the output: ") + UTF8Text.quotedList(names)
    case .predictorNotBefore(let p, let column):
      return w("'\(p)' cannot predict '\(column)' because it is not synthesised before it")
    case .rowsDropped(let left, let of):
      return w("left out \(w.count(left)) of \(w.count(of)) rows with a missing value")
    case .valuesImputed(let count, let trees):
      return trees
        ? w("filled in \(w.count(count)) missing values (CART donors) before synthesis")
        : w("filled in \(w.count(count)) missing values (median or most frequent value) before synthesis")
    case .copulaStrata(let count, let columns, let minimumRows):
      return w("copula fitted in \(w.count(count)) strata of \(UTF8Text.quotedList(columns)) (at least \(w.count(minimumRows)) real rows each)")
    case .nearlyDeterminedPredictor(let column, let predictor, let explained):
      let share = explained >= 0.999 ? w("over 99.9%") : w.percent(explained)
      return w("'\(column)' is drawn by a regression in which '\(predictor)' is \(share) determined by the other predictors: its coefficients are large and opposed, and synthetic rows without that exact relation can get extreme values; leave '\(predictor)' or a related column out of the predictors of '\(column)' (--predictors), or use cart")
    case .cartStrata(let count, let columns, let minimumRows):
      return w("synthesised separately in \(w.count(count)) strata of \(UTF8Text.quotedList(columns)) (the smallest has \(w.count(minimumRows)) real rows)")
    case .parametricMarginal(let column, let distribution, let strata, let of):
      let name = Self.distributionName(distribution, w)
      let text = w("'\(column)': \(name) marginal (lowest BIC)")
      return of > 1 ? text + w(" in \(strata) of \(of) strata") : text
    case .uniqueCopiesKept(let copy, let rows, let of, let differing):
      if rows == 1 {
        return prefix(copy) + w("1 synthetic row (\(share(rows, of))) is a copy of a real person: \(Self.copyDefinition(differing, w)); --unique-copies replace changes it")
      }
      return prefix(copy) + w("\(w.count(rows)) synthetic rows (\(share(rows, of))) are copies of a real person: \(Self.copyDefinition(differing, w)); --unique-copies replace changes them")
    case .uniqueCopiesChanged(let copy, let rows, let partner, let differing, let anyRow):
      let wider = anyRow > 0 ? w(" (\(w.count(anyRow)) of them with any other synthetic row, as none from their own group would do)") : ""
      if rows == 1 {
        let alone = anyRow > 0 ? w(" (in the end with any other synthetic row, as none from its own group would do)") : ""
        return prefix(copy) + w("1 synthetic row that copied a real person (\(Self.copyDefinition(differing, w))) was changed: from some column on, its values were exchanged with \(partner.message(w))\(alone), until it no longer matched")
      }
      return prefix(copy) + w("\(w.count(rows)) synthetic rows that copied a real person (\(Self.copyDefinition(differing, w))) were changed: from some column on, their values were exchanged with \(partner.message(w))\(wider), until they no longer matched")
    case .uniqueCopiesLeft(let copy, let rows, let of, let differing):
      if rows == 1 {
        return prefix(copy) + w("1 synthetic row (\(share(rows, of))) is still a copy of a real person (\(Self.copyDefinition(differing, w))): no exchange made it differ")
      }
      return prefix(copy) + w("\(w.count(rows)) synthetic rows (\(share(rows, of))) are still copies of a real person (\(Self.copyDefinition(differing, w))): no exchange made them differ")
    case .copulaTails(let copy, let counts, let smoothed):
      // The columns with most values copied (or, smoothed, left), at most five.
      let shown = counts.map { (column: $0.column, n: smoothed ? $0.copied - $0.moved : $0.copied) }.filter { $0.n > 0 }
        .sorted { $0.n != $1.n ? $0.n > $1.n : $0.column < $1.column }
      let listed = shown.prefix(5).map { "'\($0.column)' \(w.count($0.n))" }.joined(separator: ", ") + (shown.count > 5 ? ", …" : "")
      let copied = counts.reduce(0) { $0 + $1.copied }, distinct = counts.reduce(0) { $0 + $1.distinct }
      let columnCount = counts.count == 1 ? w("1 column") : w("\(counts.count) columns")
      guard smoothed else {
        return prefix(copy) + w("the copula wrote \(w.count(copied)) real values beyond the real 1st or 99th percentile exactly (\(w.count(distinct)) distinct values, in \(columnCount): \(listed)); an extreme value can point at one person, and --smooth-tails replaces them with values between their real neighbours")
      }
      let moved = counts.reduce(0) { $0 + $1.moved }
      var text = w("--smooth-tails replaced \(w.count(moved)) of \(w.count(copied)) synthetic values beyond the real 1st or 99th percentile that equalled a real value with values between their real neighbours")
      if moved < copied {
        text += w("; \(w.count(copied - moved)) stayed, as every value near them occurs in the real data (\(listed))")
      }
      return prefix(copy) + text
    case .nearCopiesLimited(let asked, let checked):
      return w("copies of real people were looked for on all columns but at most \(checked) instead of \(asked): with this many columns more would take too long")
    case .ruleKept(let rule, let copy, let changed, let left, let of):
      let kept = left == 0 ? w("every synthetic row keeps rule '\(rule)'") : w("\(w.count(of - left)) of \(w.count(of)) synthetic rows keep rule '\(rule)'")
      let fixed = changed == 1 ? w("; 1 was changed to keep it") : changed > 0 ? w("; \(w.count(changed)) were changed to keep it") : ""
      let broken = left == 1
        ? w("; 1 still breaks it (no value drawn for it keeps every rule) and is kept")
        : left > 0 ? w("; \(w.count(left)) still break it (no value drawn for them keeps every rule) and are kept") : ""
      return prefix(copy) + kept + fixed + broken
    case .heldOut(let rows, let of):
      return w("held out \(w.count(rows)) of \(w.count(of)) rows (--holdout); synthesised from the other \(w.count(of - rows))")
    case .copulaSuggestedForLevels(let column, let levels):
      return w("'\(column)' has \(w.count(levels)) categories; --method gc keeps every category's share exactly and costs the same for any number of categories, while CART leaves hold few rows per category")
    case .copulaSuggestedForSize(let rows, let columns):
      return w("\(w.count(rows)) rows x \(w.count(columns)) columns is large for CART; --method gc fits in one pass (its pairs are weaker where relations are not monotone)")
    case .formulasNeutralised(let copy, let cells):
      return prefix(copy) + (cells == 1
        ? w("1 text cell that starts with =, +, -, @, a tab or a carriage return was written with a leading ' so that spreadsheets do not run it as a formula (--formulas keep writes it unchanged)")
        : w("\(w.count(cells)) text cells that start with =, +, -, @, a tab or a carriage return were written with a leading ' so that spreadsheets do not run them as formulas (--formulas keep writes them unchanged)"))
    case .writtenAsUTF8(let copy, let encoding):
      return prefix(copy) + w("the input is \(encoding), but the synthetic data hold a character \(encoding) cannot write, so the CSV was written as UTF-8 with a byte-order mark (Excel reads it correctly)")
    case .beyondStataRange(let copy, let values):
      return prefix(copy) + (values == 1
        ? w("1 value at or beyond 8.99e307, the largest number Stata holds, was written as missing (.)")
        : w("\(w.count(values)) values at or beyond 8.99e307, the largest number Stata holds, were written as missing (.)"))
    case .smallData(let rows):
      let real = rows == 1 ? w("1 real row") : w("\(w.count(rows)) real rows")
      return w("the data have \(real), fewer than \(w.count(Self.smallDataRows)): the report's utility and privacy measures are uncertain, and measures with too few rows get no verdict")
    case .publicationMode(let k):
      return w("the reports are in publication mode: no category with fewer than \(k) real rows is named, no real minimum or maximum is shown and no table cell below \(k) is printed; --analyst-report writes the full report with real values")
    }
  }

  /// What counts as a copy of a person: equal to a real row that no other real row shares, on all
  /// columns or on all but `differing` of them.
  static func copyDefinition(_ differing: Int, _ w: Wording) -> String {
    switch differing {
    case 0: return w("equal to a real row that no other real row shares")
    case 1: return w("equal, on all columns or on all but one, to a real row that no other real row shares on those columns")
    default: return w("equal, on all columns or on all but at most \(differing), to a real row that no other real row shares on those columns")
    }
  }

  /// The name of a parametric marginal (`ParametricMarginal.name`) in the note's language.
  static func distributionName(_ name: String, _ w: Wording) -> String {
    switch name {
    case "normal": return w("normal")
    case "truncated normal": return w("truncated normal")
    case "lognormal": return w("lognormal")
    case "gamma": return w("gamma")
    case "beta": return w("beta")
    case "uniform": return w("uniform")
    default: return name
    }
  }

  /// The same notes, each once, with how many of `strata` strata it held in when there are several
  /// (a parametric marginal is chosen per stratum).
  static func counted(_ notes: [SynthesisNote], strata: Int) -> [SynthesisNote] {
    var distinct: [SynthesisNote] = []
    var counts: [Int] = []
    for note in notes {
      if let k = distinct.firstIndex(of: note) { counts[k] += 1 } else { distinct.append(note); counts.append(1) }
    }
    guard strata > 1 else { return distinct }
    return distinct.indices.map { k in
      if case .parametricMarginal(let column, let distribution, _, _) = distinct[k] {
        return .parametricMarginal(column: column, distribution: distribution, strata: counts[k], of: strata)
      }
      return distinct[k]
    }
  }
}

/// Whose values a copy of a unique real row was exchanged with.
enum UniqueCopyPartner: Equatable {
  /// CART: a row that fell into the same tree leaf for that column.
  case treeLeaf
  /// Per-column models other than CART: a row of the same group (a leaf for CART columns, a band
  /// of the prediction for regression columns, anyone for sampled ones).
  case modelGroup
  /// Copula fitted within strata: a row of the same stratum.
  case stratum
  /// A single copula: any other synthetic row.
  case anyRow

  func message(_ w: Wording) -> String {
    switch self {
    case .treeLeaf: return w("a synthetic row from the same tree leaf")
    case .modelGroup: return w("a synthetic row drawn from the same tree leaf or a close prediction")
    case .stratum: return w("a synthetic row from the same stratum")
    case .anyRow: return w("another synthetic row")
    }
  }
}
