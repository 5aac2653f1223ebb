/// Tables: a bold header on a light grey band, text wrapped inside its cell, numbers aligned
/// right, thin rules between rows. A table continues on the next page with its header
/// repeated; a row taller than a page is split between its lines.
///
/// Column widths come from `ReportTable.widths` (shares of the line) or from the content (see
/// `tableGeometry`): long text wraps first, and only when the words themselves do not fit does
/// the font shrink, down to 6 pt.
extension PDFLayout {
  static let tableSize = 8.5
  static let smallestTableSize = 6.0
  static let headerFill = ReportColor(237, 240, 243)
  static let headerRule = ReportColor(160, 168, 176)

  mutating func table(_ table: ReportTable) {
    var columnCount = table.header.count
    for row in table.rows { columnCount = max(columnCount, row.count) }
    guard columnCount > 0 else { return }
    let m = PDFLayout.margin, width = PDFLayout.contentWidth
    // Narrow padding only when there are very many columns.
    let padX = min(4, width / Double(columnCount) / 6), padY = 3.0

    var header: [PDFText] = []
    for column in 0..<columnCount {
      header.append(column < table.header.count ? encode(table.header[column]) : PDFText(winAnsi: []))
    }
    var cells: [[PDFText]] = []
    cells.reserveCapacity(table.rows.count)
    // Extents per column in 1/1000 em, so any font size can be tried without re-measuring.
    var extents = [TableColumnExtent](repeating: TableColumnExtent(), count: columnCount)
    for column in 0..<columnCount {
      let (line, word) = longestLineAndWord(header[column], bold: true)
      extents[column].headerLine = line
      extents[column].headerWord = word
    }
    for row in table.rows {
      var encoded: [PDFText] = []
      for column in 0..<columnCount {
        let text = column < row.count ? encode(row[column].text) : PDFText(winAnsi: [])
        let bold = column < row.count && row[column].bold
        let (line, word) = longestLineAndWord(text, bold: bold)
        extents[column].bodyLine = max(extents[column].bodyLine, line)
        extents[column].bodyWord = max(extents[column].bodyWord, word)
        encoded.append(text)
      }
      cells.append(encoded)
    }

    let (size, columnWidths) = PDFLayout.tableGeometry(
      extents, shares: table.widths, width: width, padding: padX)
    let leading = size * 1.3
    var columnX: [Double] = []
    var x = m
    for columnWidth in columnWidths { columnX.append(x); x += columnWidth }

    if let caption = table.caption, !caption.isEmpty {
      if !isAtPageTop { y += 2 }
      // Keep the caption with the header and the first rows.
      ensureSpace(14 + 4 * leading + 4 * padY)
      textLines(caption, size: 9, leading: 12.5, bold: true, color: .muted)
      y += 2
    }

    // The header wraps too, but at most six lines, so it always leaves room for rows.
    var headerLines: [[Range<Int>]] = []
    var headerLineCount = 1
    for column in 0..<columnCount {
      let lines = Array(
        TextWrap.lines(header[column], width: columnWidths[column] - 2 * padX, size: size, bold: true).prefix(6))
      headerLines.append(lines)
      headerLineCount = max(headerLineCount, lines.count)
    }
    let headerHeight = Double(headerLineCount) * leading + 2 * padY

    func drawHeader(_ layout: inout PDFLayout) {
      layout.page.content.fillRect(x: m, y: layout.y, width: width, height: headerHeight, color: PDFLayout.headerFill)
      for column in 0..<columnCount {
        var top = layout.y + padY
        for line in headerLines[column] {
          let text = header[column][line]
          layout.cellText(
            text, column: column, columnX: columnX, columnWidths: columnWidths, padX: padX,
            numeric: column < table.numeric.count && table.numeric[column],
            baseline: layout.baseline(top, size: size, leading: leading), size: size, bold: true)
          top += leading
        }
      }
      layout.y += headerHeight
      layout.page.content.line(x1: m, y1: layout.y, x2: m + width, y2: layout.y, color: PDFLayout.headerRule, lineWidth: 0.8)
    }

    // Keep the header with the first row (or with a page's worth of it).
    var firstRowLines = 1
    if let row = table.rows.first {
      for column in 0..<min(columnCount, row.count) {
        let wrapped = TextWrap.lines(cells[0][column], width: columnWidths[column] - 2 * padX, size: size, bold: row[column].bold)
        firstRowLines = max(firstRowLines, wrapped.count)
      }
    }
    ensureSpace(headerHeight + min(Double(firstRowLines) * leading + 2 * padY, 200))
    drawHeader(&self)
    let pageCapacity = PDFLayout.contentBottom - PDFLayout.contentTop - headerHeight

    for (rowIndex, row) in table.rows.enumerated() {
      var lines: [[Range<Int>]] = []
      var lineCount = 1
      for column in 0..<columnCount {
        let bold = column < row.count && row[column].bold
        let wrapped = TextWrap.lines(cells[rowIndex][column], width: columnWidths[column] - 2 * padX, size: size, bold: bold)
        lineCount = max(lineCount, wrapped.count)
        lines.append(wrapped)
      }
      var first = 0
      while first < lineCount {
        let remaining = lineCount - first
        let fit = ((spaceLeft - 2 * padY) / leading).integer(clampedTo: Int.min ... Int.max)
        var count = remaining
        if remaining > fit {
          let wholeRowFitsOnAPage = first == 0 && Double(remaining) * leading + 2 * padY <= pageCapacity
          if wholeRowFitsOnAPage || fit < 1 {
            newPage()
            drawHeader(&self)
            continue
          }
          count = fit
        }
        let height = Double(count) * leading + 2 * padY
        for column in 0..<columnCount {
          if column < row.count, let fill = row[column].fill {
            page.content.fillRect(x: columnX[column], y: y, width: columnWidths[column], height: height, color: fill)
          }
        }
        for column in 0..<columnCount where first < lines[column].count {
          let bold = column < row.count && row[column].bold
          var top = y + padY
          for line in lines[column][first..<min(first + count, lines[column].count)] {
            cellText(
              cells[rowIndex][column][line], column: column, columnX: columnX, columnWidths: columnWidths, padX: padX,
              numeric: column < table.numeric.count && table.numeric[column],
              baseline: baseline(top, size: size, leading: leading), size: size, bold: bold)
            top += leading
          }
        }
        y += height
        page.content.line(x1: m, y1: y, x2: m + width, y2: y, color: .rule, lineWidth: 0.4)
        first += count
        if first < lineCount {
          newPage()
          drawHeader(&self)
        }
      }
    }
    y += 12
  }

  /// One line of a cell, left or right aligned within its padding.
  mutating func cellText(
    _ text: PDFText, column: Int, columnX: [Double], columnWidths: [Double], padX: Double,
    numeric: Bool, baseline: Double, size: Double, bold: Bool
  ) {
    var x = columnX[column] + padX
    if numeric {
      x = columnX[column] + columnWidths[column] - padX - text.width(size: size, bold: bold)
    }
    page.content.text(text, x: x, y: baseline, size: size, bold: bold, color: .text)
  }

  /// The widest line (split at line feeds) and the widest word of `text` in 1/1000 em.
  func longestLineAndWord(_ text: PDFText, bold: Bool) -> (line: Int, word: Int) {
    var line = 0, word = 0, currentLine = 0, currentWord = 0
    for index in 0..<text.count {
      if text.isLineFeed(at: index) { currentLine = 0; currentWord = 0; continue }
      let advance = text.advance(at: index, bold: bold)
      currentLine += advance
      currentWord = text.isSpace(at: index) ? 0 : currentWord + advance
      line = max(line, currentLine)
      word = max(word, currentWord)
    }
    return (line, word)
  }

  /// The font size and the column widths (summing to `width`) of a table, after CSS's automatic
  /// table layout: a column needs at least its widest word and at most its widest line.
  ///
  /// With `shares`, columns get those fractions of the line. Otherwise, when the widest lines
  /// fit they are stretched to the line; else each column gets its widest word plus a part of
  /// the room left in proportion to how much more its lines want. Only when even the widest
  /// words do not fit does the font shrink, down to 6 pt; then headers wrap inside words first,
  /// and at last columns needing no more than an equal share keep it while the rest split what is
  /// left in proportion to their need (water-filling). Words count up to `wordCap` units: longer
  /// ones are cut anyway.
  static func tableGeometry(
    _ extents: [TableColumnExtent], shares: [Double]?, width: Double, padding: Double
  ) -> (size: Double, widths: [Double]) {
    let count = extents.count
    guard count > 0 else { return (tableSize, []) }
    if let shares, shares.count == count {
      var total = 0.0
      for share in shares where share.isFinite && share > 0 { total += share }
      if total > 0 {
        var widths: [Double] = []
        for share in shares { widths.append(share.isFinite && share > 0 ? width * share / total : 0) }
        return (tableSize, widths)
      }
    }
    let wordCap = 12_000
    var minimumUnits: [Int] = [], maximumUnits: [Int] = [], bodyUnits: [Int] = []
    var minimumTotal = 0
    for extent in extents {
      let minimum = min(max(extent.bodyWord, extent.headerWord), wordCap)
      minimumUnits.append(minimum)
      maximumUnits.append(max(extent.bodyLine, extent.headerLine, minimum))
      bodyUnits.append(min(extent.bodyWord, wordCap))
      minimumTotal += minimum
    }
    let padTotal = 2 * padding * Double(count)
    var size = tableSize
    if Double(minimumTotal) * tableSize / 1000 + padTotal > width {
      let fitting = (width - padTotal) * 1000 / Double(max(minimumTotal, 1))
      size = max(smallestTableSize, (fitting * 10).rounded(.down) / 10)
    }
    func points(_ units: [Int]) -> [Double] { units.map { Double($0) * size / 1000 + 2 * padding } }
    let maximums = points(maximumUnits), minimums = points(minimumUnits), bodies = points(bodyUnits)
    let maximumTotal = sum(maximums)
    if maximumTotal <= width {
      // Stretch: the spare room goes to the columns in proportion to their width.
      let spare = width - maximumTotal
      return (size, maximums.map { maximumTotal > 0 ? $0 + spare * $0 / maximumTotal : width / Double(count) })
    }
    if let widths = share(width, floor: minimums, wants: maximums) { return (size, widths) }
    if let widths = share(width, floor: bodies, wants: minimums) { return (size, widths) }
    var widths = [Double](repeating: 0, count: count)
    var open = [Bool](repeating: true, count: count)
    var available = width
    var openCount = count
    var changed = true
    while changed && openCount > 0 {
      changed = false
      let fair = available / Double(openCount)
      for column in 0..<count where open[column] && bodies[column] <= fair {
        widths[column] = bodies[column]
        available -= bodies[column]
        open[column] = false
        openCount -= 1
        changed = true
      }
    }
    var openNeed = 0.0
    for column in 0..<count where open[column] { openNeed += bodies[column] }
    for column in 0..<count where open[column] {
      widths[column] = openNeed > 0 ? available * bodies[column] / openNeed : available / Double(max(openCount, 1))
    }
    return (size, widths)
  }

  /// `floor` plus the room left shared in proportion to `wants - floor`; nil when the floors
  /// alone are too wide.
  private static func share(_ width: Double, floor: [Double], wants: [Double]) -> [Double]? {
    let floorTotal = sum(floor)
    guard floorTotal <= width else { return nil }
    var extraTotal = 0.0
    for column in 0..<floor.count { extraTotal += max(wants[column] - floor[column], 0) }
    let spare = width - floorTotal
    var widths: [Double] = []
    for column in 0..<floor.count {
      let extra = extraTotal > 0 ? spare * max(wants[column] - floor[column], 0) / extraTotal : spare / Double(floor.count)
      widths.append(floor[column] + extra)
    }
    return widths
  }

  /// Left-to-right sum, so the result does not depend on the reduction order.
  private static func sum(_ values: [Double]) -> Double {
    var total = 0.0
    for value in values { total += value }
    return total
  }
}

/// How wide a table column wants to be, in 1/1000 em: its widest line and widest word, for the
/// body cells and for the header.
struct TableColumnExtent {
  var bodyLine = 0
  var bodyWord = 0
  var headerLine = 0
  var headerWord = 0
}
