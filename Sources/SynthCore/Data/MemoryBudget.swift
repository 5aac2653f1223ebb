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

  /// Bytes per cell while typing: the reader's code (4), the typed value (8) and a missing marker (2).
  static let bytesPerCell: Int64 = 14

  static func check(_ raw: RawTable, inputBytes: Int, budget: Int64 = tableBytes) throws(DataError) {
    let cells = Int64(raw.rowCount) * Int64(raw.columns.count)
    if cells * bytesPerCell + Int64(inputBytes) > budget {
      throw .tooLarge(file: raw.file, cells: cells, limit: (budget - Int64(inputBytes)) / bytesPerCell)
    }
  }
}
