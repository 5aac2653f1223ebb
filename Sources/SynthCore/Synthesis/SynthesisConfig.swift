/// How CART grows each tree; the defaults are synthpop's `syn.cart` (rpart with minbucket 5, cp 1e-8).
struct CARTConfig: Equatable {
  /// Fewest training rows in a leaf; donors come from leaves, so this bounds how few real rows a value is drawn from.
  var minBucket = 5
  /// A node is split only when the split lowers the impurity by more than `cp` times the root's impurity.
  var complexity = 1e-8
  var maxDepth = 30
  /// For a classification tree pruned afterwards by rpart's rule at this cp (`rpartLeaves`): a
  /// node whose misclassified rows are at most cp times the root's is not split, as in rpart,
  /// since no subtree below it can pay for its splits and pruning would collapse it anyway.
  var prunedAt: Double? = nil
  /// rpart's rule when only minbucket is given: a node needs three buckets' worth of rows to be split.
  var minSplit: Int { 3 * minBucket }
}

/// What happens to missing values before synthesis.
enum MissingValueHandling: String, Equatable, CaseIterable {
  /// Missingness is synthesised like data: NA is a level of a categorical column; a numeric column gets a
  /// missingness variable (observed or which missing code) visited just before its values, as synthpop's padMis.
  case model
  /// Rows with a missing value in any synthesised column are left out.
  case drop
  /// Missing values are replaced by the median (numbers, dates) or the most frequent value (categories).
  case impute
  /// Missing values are replaced by a donor drawn from a CART fitted on the observed rows, given the other columns.
  case imputeTree = "impute-tree"
}

/// Whether a numeric column's synthetic values are smoothed (synthpop's "density" smoothing).
enum SmoothingChoice: Equatable {
  /// On for near-continuous decimal columns: more than `SynthesisConfig.smoothingMinimumDistinct`
  /// distinct values, and at least one per ten observed values.
  case automatic
  case on
  case off
}

/// What happens to synthetic rows identical to a real row that no other real row shares.
enum UniqueCopyHandling: String, Equatable, CaseIterable {
  /// Changed: such a row reproduces one real person's full record, so from one column on its values
  /// are exchanged with a synthetic row from the same tree leaf (see `UniqueCopyRepair`).
  case replace
  /// Kept, as synthpop does, and counted in the run's notes.
  case keep
}

/// Which columns are visited, in what order.
enum VisitOrder: Equatable {
  /// The input's column order, without excluded columns.
  case columnOrder
  /// Fewest distinct values first (missing counts as one; ties in column order): a column with few
  /// values predicts, a many-valued one (a time, an amount, a tail number) is predicted.
  case automatic
  /// The user's list of column names; unlisted columns are left out of the output.
  case names([String])
}

/// How synthetic values are made.
enum SynthesisMethod: String, Equatable, CaseIterable {
  /// synthpop's sequential CART with donor sampling (`SequentialSynthesizer`).
  case cart
  /// A Gaussian copula over empirical (or fitted) marginals (`GaussianCopula`).
  case gc
}

/// Where the synthesis is done separately, stratum by stratum.
enum StrataChoice: Equatable {
  /// Gaussian copula: strata chosen by a tree among all synthesised categorical and few-valued
  /// columns (`CopulaStrata`). CART: no strata.
  case automatic
  /// One model over the whole table.
  case none
  /// Gaussian copula: strata chosen by the tree among the named columns only. CART: every
  /// combination of the named columns' values is a stratum, synthesised on its own (synthpop's
  /// `syn.strata`, `StratifiedSynthesis`).
  case names([String])
}

/// Everything that decides a synthesis run; with the input file it determines the output bytes.
struct SynthesisConfig: Equatable {
  /// Decimal columns need more distinct values than this to be smoothed unless the user says otherwise.
  static let smoothingMinimumDistinct = 20

  /// Synthetic rows per copy; nil means as many as the (possibly row-dropped) input has.
  var rows: Int? = nil
  /// Number of synthetic copies (synthpop's m), each fitted and drawn anew.
  var copies = 1
  var seed: UInt64 = 1
  /// Fit each tree on a bootstrap sample of the real rows (synthpop's `proper = TRUE`).
  var proper = false
  var cart = CARTConfig()
  var visit = VisitOrder.automatic
  /// Predictors per column (by name), restricting the default of every column visited earlier.
  var predictors: [(column: String, predictors: [String])] = []
  var smoothing: SmoothingChoice = .automatic
  /// Per-column exceptions to `smoothing`.
  var smoothingByColumn: [(column: String, on: Bool)] = []
  /// Most categories a categorical predictor may have in a regression model (synthpop's `maxfaclevels`).
  var regressionMaxLevels = 60
  /// Per-column exceptions to CART (synthpop's `method` vector).
  var columnMethods: [(column: String, method: ColumnMethod)] = []
  var missingValues = MissingValueHandling.model
  var uniqueCopies = UniqueCopyHandling.replace
  /// Columns a synthetic row may differ in from a real person and still count as their copy
  /// (`NearCopyKeys`): the repair changes such rows, the evaluation counts them.
  var nearCopyColumns = NearCopyKeys.defaultDiffering
  /// Synthesise from a random half of the rows and keep the other half back to test privacy and
  /// prediction on (the command splits the table; the synthesiser sees only its half).
  var holdout = false
  var method = SynthesisMethod.cart
  /// Gaussian copula: fit a parametric distribution (lowest BIC) to near-continuous columns
  /// instead of using their empirical distribution.
  var parametricMarginals = false
  /// Gaussian copula: replace real values beyond the real 1st or 99th percentile that it would
  /// write verbatim (`CopulaTails`).
  var smoothTails = false
  /// The columns whose levels split the rows into separately fitted strata.
  var strata = StrataChoice.automatic
  /// What CSV output does with text cells a spreadsheet would run as formulas.
  var formulas = FormulaHandling.neutralise
  /// Rules every synthetic row keeps (`RuleEnforcement`); computed columns are not modelled.
  var rules: [Rule] = []
  /// Choose the settings `Tuner` searches by trying them first (`--tune`), within this many
  /// seconds of the cost model.
  var tune = false
  var tuneBudget = Tuner.defaultBudgetSeconds
  /// The host's threads for independent fits; the output does not depend on them.
  var workers = Workers.serial

  static func == (a: SynthesisConfig, b: SynthesisConfig) -> Bool {
    a.rows == b.rows && a.copies == b.copies && a.seed == b.seed && a.proper == b.proper && a.cart == b.cart
      && a.visit == b.visit && a.smoothing == b.smoothing && a.missingValues == b.missingValues && a.uniqueCopies == b.uniqueCopies
      && a.nearCopyColumns == b.nearCopyColumns
      && a.holdout == b.holdout && a.method == b.method && a.smoothTails == b.smoothTails && a.parametricMarginals == b.parametricMarginals
      && a.strata == b.strata && a.formulas == b.formulas && a.rules == b.rules && a.tune == b.tune && a.tuneBudget == b.tuneBudget
      && a.predictors.map { $0.column } == b.predictors.map { $0.column }
      && a.predictors.map { $0.predictors } == b.predictors.map { $0.predictors }
      && a.smoothingByColumn.map { $0.column } == b.smoothingByColumn.map { $0.column }
      && a.smoothingByColumn.map { $0.on } == b.smoothingByColumn.map { $0.on }
      && a.regressionMaxLevels == b.regressionMaxLevels
      && a.columnMethods.map { $0.column } == b.columnMethods.map { $0.column }
      && a.columnMethods.map { $0.method } == b.columnMethods.map { $0.method }
  }

  func columnMethod(for column: String) -> ColumnMethod {
    for entry in columnMethods where entry.column == column { return entry.method }
    return .cart
  }

  func predictorNames(for column: String) -> [String]? {
    for entry in predictors where entry.column == column { return entry.predictors }
    return nil
  }

  func smoothingOverride(for column: String) -> Bool? {
    for entry in smoothingByColumn where entry.column == column { return entry.on }
    return nil
  }
}
