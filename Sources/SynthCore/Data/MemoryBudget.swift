/// How much table fits in memory. WebAssembly has a 32-bit address space (4 GiB at most, often
/// less in a browser tab), so a file that would not fit is refused with a message before typing
/// runs out of memory, which in wasm would end in a trap without any message.
enum MemoryBudget {
  #if _pointerBitWidth(_32)
  /// Bytes the table may use: the address space minus room for the input, the runtime and output.
  static let tableBytes: Int64 = 2_400_000_000
  /// Bytes one written file may take: it is built in memory, then copied out to the host.
  static let outputBytes: Int64 = 1_000_000_000
  #else
  static let tableBytes: Int64 = Int64.max
  static let outputBytes: Int64 = Int64.max
  #endif

  /// An error when writing `table` as text (CSV, or JSON records with `names` on every row) would
  /// take more than `budget` bytes: a few long cells drawn many times can make gigabytes.
  static func checkOutput(_ table: Table, file: String, names: Bool, budget: Int64 = outputBytes) throws(DataError) {
    guard budget < Int64.max else { return }
    let nameBytes = names ? table.columns.reduce(Int64(0)) { $0 + Int64($1.schema.name.utf8.count) + 4 } : 0
    var total = Int64(table.rowCount) * (nameBytes + Int64(table.columns.count) + 2)
    for column in table.columns {
      if column.usesLevels {
        let lengths = column.levels.map { Int64($0.utf8.count) }
        for code in column.codes where code >= 0 && Int(code) < lengths.count { total += lengths[Int(code)] }
      } else {
        total += Int64(table.rowCount) * 24
      }
      if total > budget { throw .outputTooLarge(file: file, megabytes: total / 1_000_000, limit: budget / 1_000_000) }
    }
  }

  /// The memory a synthesis with its report takes at its peak, as the wasm module's high-water
  /// mark, from the table's shape: the input, the real table with its presorted predictors and
  /// trees (per real cell), the unique-row index (per real row and near-copy key set: `keySets`)
  /// and the synthetic tables with their written CSV (per synthetic cell). The coefficients are
  /// the largest per-unit costs measured on census-like and flights-like tables of 48,842 to
  /// 2,000,000 rows (`scripts/bench.sh`' memory row), rounded up, so the estimate errs high.
  static func synthesisPeak(rows: Int, columns: Int, syntheticRows: Int, copies: Int, keySets: Int, inputBytes: Int) -> Int64 {
    let realCells = Int64(rows) * Int64(columns)
    let syntheticCells = Int64(syntheticRows) * Int64(columns) * Int64(max(copies, 1))
    let input = Int64(inputBytes)
    let syntheticText = rows > 0 ? input * Int64(syntheticRows) / Int64(rows) * Int64(max(copies, 1)) : 0
    return runtimeBytes + input + syntheticText + realCells * bytesPerRealCell + Int64(rows) * Int64(keySets) * bytesPerKeySetRow
      + syntheticCells * bytesPerSyntheticCell
  }

  /// `synthesisPeak` for `table` synthesised into `syntheticRows` rows per copy with the default
  /// near-copy check over its synthesised columns (`nearCopies` columns may differ).
  static func synthesisPeak(_ table: Table, syntheticRows: Int, copies: Int, nearCopies: Int, inputBytes: Int) -> Int64 {
    let synthesised = table.columns.filter { !$0.schema.excluded }.count
    let keySets = NearCopyKeys(columns: Array(0..<synthesised), differing: nearCopies, rows: table.rowCount).dropped.count
    return synthesisPeak(rows: table.rowCount, columns: synthesised, syntheticRows: syntheticRows, copies: copies, keySets: keySets, inputBytes: inputBytes)
  }

  // Measured (wasm high-water with the page's outputs, CART): census 48,842 × 15 took 74 MB,
  // flights 336,776 × 19 took 493 MB, and flights-like 2,000,000 × 19 took 2,943 MB (its
  // evaluation being the peak); these give 88, 550 and 3,148 MB. The unique-row index is 11.7
  // bytes a row and key set (10.7 its tables, 1 its filter), plus its build.
  static let runtimeBytes: Int64 = 24_000_000
  static let bytesPerRealCell: Int64 = 32
  static let bytesPerKeySetRow: Int64 = 12
  static let bytesPerSyntheticCell: Int64 = 28

  /// The most memory a wasm32 module can have: what the page's runs must fit in. `analyze --json`
  /// gives it beside the estimate on every platform, so the page compares the two.
  static let browserBytes: Int64 = 4 << 30
  #if _pointerBitWidth(_32)
  static let moduleBytes: Int64 = browserBytes
  #else
  static let moduleBytes: Int64 = Int64.max
  #endif

  /// An error, before any synthesis, when its estimated peak (`synthesisPeak`) is over what the
  /// module can have: a run that would end in a trap after minutes is refused in seconds.
  static func checkSynthesis(_ table: Table, syntheticRows: Int, copies: Int, nearCopies: Int, inputBytes: Int, budget: Int64 = moduleBytes) throws(DataError) {
    guard budget < Int64.max else { return }
    let peak = synthesisPeak(table, syntheticRows: syntheticRows, copies: copies, nearCopies: nearCopies, inputBytes: inputBytes)
    if peak > budget { throw .synthesisTooLarge(file: table.file, megabytes: peak / 1_000_000, limit: budget / 1_000_000) }
  }

  /// Bytes per cell while typing: the reader's code (4), the typed value (8) and a missing marker (2).
  static let bytesPerCell: Int64 = 14

  static func check(_ raw: RawTable, inputBytes: Int, budget: Int64 = tableBytes) throws(DataError) {
    let cells = Int64(raw.rowCount) * Int64(raw.columns.count)
    if cells * bytesPerCell + Int64(inputBytes) > budget {
      throw .tooLarge(file: raw.file, cells: cells, limit: (budget - Int64(inputBytes)) / bytesPerCell)
    }
  }
}
