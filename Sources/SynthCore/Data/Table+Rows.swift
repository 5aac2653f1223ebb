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

  /// The rows of `parts` one after another; every part has the same columns (schemas and levels),
  /// as the first. Requires at least one part. A part whose column lacks its values (a column
  /// never drawn) contributes zeros, so the result is always rectangular.
  static func concatenating(_ parts: [Table]) -> Table {
    var table = parts[0]
    table.rowCount = parts.reduce(0) { $0 + $1.rowCount }
    for c in table.columns.indices {
      let model = table.columns[c]
      var column = Column(schema: model.schema)
      column.levels = model.levels
      let anyMissing = parts.contains { !$0.columns[c].missing.isEmpty }
      let anyCodes = model.usesLevels || parts.contains { !$0.columns[c].codes.isEmpty }
      let anyNumbers = !model.usesLevels || parts.contains { !$0.columns[c].numbers.isEmpty }
      for part in parts {
        let source = part.columns[c], n = part.rowCount
        if anyCodes { column.codes += source.codes.count == n ? source.codes : [Int32](repeating: 0, count: n) }
        if anyNumbers { column.numbers += source.numbers.count == n ? source.numbers : [Double](repeating: 0, count: n) }
        if anyMissing { column.missing += source.missing.count == n ? source.missing : [UInt16](repeating: 0, count: n) }
      }
      table.columns[c] = column
    }
    return table
  }

  /// The rows of aligned `tables` one after another, on `columns` only.
  static func stacking(_ tables: [Table], columns: [Int]) -> Table {
    concatenating(tables.map { $0.selecting(columns: columns) })
  }
}

extension Column {
  /// Distinct observed values, plus one when any value is missing.
  /// - Complexity: O(levels + rows) for level-coded kinds, O(rows log rows) for numbers.
  func distinctValues() -> Int {
    let hasMissing = missing.contains { $0 != 0 } ? 1 : 0
    if usesLevels {
      var seen = [Bool](repeating: false, count: levels.count)
      var count = 0
      for (row, code) in codes.enumerated() where !isMissing(row) && code >= 0 && Int(code) < seen.count && !seen[Int(code)] {
        seen[Int(code)] = true
        count += 1
      }
      return count + hasMissing
    }
    var values: [Double] = []
    values.reserveCapacity(numbers.count)
    for (row, value) in numbers.enumerated() where !isMissing(row) { values.append(value) }
    values.sort()
    var count = 0
    for i in values.indices where i == 0 || values[i] != values[i - 1] { count += 1 }
    return count + hasMissing
  }
}
