/// How much table fits in memory. WebAssembly has a 32-bit address space (4 GiB at most, often
/// less in a browser tab), so a file that would not fit is refused with a message before typing
/// runs out of memory, which in wasm would end in a trap without any message.
enum MemoryBudget {
  #if _pointerBitWidth(_32)
  /// Bytes the table may use: the address space minus room for the input, the runtime and output.
  static let tableBytes: Int64 = 2_400_000_000
  #else
  static let tableBytes: Int64 = Int64.max
  #endif

  /// Bytes per cell while typing: the reader's code (4), the typed value (8) and a missing marker (2).
  static let bytesPerCell: Int64 = 14

  static func check(_ raw: RawTable, inputBytes: Int, budget: Int64 = tableBytes) throws(DataError) {
    let cells = Int64(raw.rowCount) * Int64(raw.columns.count)
    if cells * bytesPerCell + Int64(inputBytes) > budget {
      throw .tooLarge(file: raw.file, cells: cells, limit: (budget - Int64(inputBytes)) / bytesPerCell)
    }
  }
}
