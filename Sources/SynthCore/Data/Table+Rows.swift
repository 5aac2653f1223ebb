extension Column {
  /// The number of observed values a categorical model sees: levels, or false/true for booleans.
  var observedLevelCount: Int {
    if usesLevels { return levels.count }
    return schema.kind == .boolean ? 2 : 0
  }

  /// The column restricted to the given rows, in that order.
  func selecting(_ rows: [Int]) -> Column {
    var column = Column(schema: schema)
    column.levels = levels
    if !numbers.isEmpty { column.numbers = rows.map { numbers[$0] } }
    if !codes.isEmpty { column.codes = rows.map { codes[$0] } }
    if !missing.isEmpty { column.missing = rows.map { missing[$0] } }
    return column
  }
}

extension Table {
  /// The table restricted to the given rows, in that order.
  func selecting(rows: [Int]) -> Table {
    var table = self
    table.columns = columns.map { $0.selecting(rows) }
    table.rowCount = rows.count
    return table
  }

  /// The table with only the given columns, in that order.
  func selecting(columns indices: [Int]) -> Table {
    var table = self
    table.columns = indices.map { columns[$0] }
    return table
  }
}
