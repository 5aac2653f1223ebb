/// A rule that holds in (almost) all real rows, offered to the user to confirm; discovery never
/// applies a rule by itself.
public struct DiscoveredRule: Equatable, Sendable {
  public enum Kind: String, Sendable, CaseIterable { case order, identity, dateParts, combination, missingWhen }
  public var kind: Kind
  /// The rule in the rule language (`experience = age - education - 6`).
  public var text: String
  /// Share (0...1) of the rows the rule speaks about that satisfy it.
  public var support: Double
  /// How many rows `support` was counted on.
  public var rows: Int

  public init(kind: Kind, text: String, support: Double, rows: Int) {
    self.kind = kind
    self.text = text
    self.support = support
    self.rows = rows
  }
}

/// Finds candidate rules in a table: orders between two numeric columns, identities among up to three
/// numeric columns with a constant, date parts, functional dependencies (`keep combinations of`) and
/// missing-value patterns.
///
/// Every candidate is first tested on a fixed, evenly spaced sample (no randomness) and only the
/// survivors are counted on all rows, so the cost stays near-linear in rows. Results never depend on
/// Dictionary or Set order, and are sorted by kind, then the position of the rule's target column,
/// then text.
///
///     RuleDiscovery.discover(table).map(\.text)   // ["experience = age - education - 6", …]
public enum RuleDiscovery {
  /// The share of rows a rule must hold in.
  static let threshold = 0.99
  /// The share a candidate must reach on the sample to be counted on all rows (looser than
  /// `threshold`, so that a rule true in 99% of rows is not lost by an unlucky sample).
  static let sampleThreshold = 0.97
  static let sampleSize = 500
  /// The first, cheapest test of an identity looks at this many rows.
  static let quickSize = 50
  /// Fewer rows than this say nothing.
  static let minimumRows = 10
  /// At most this many order rules, so that a wide table does not flood the list.
  static let maxOrderPairs = 24
  /// Columns with more distinct values than this take no part in functional dependencies.
  static let maxDistinct = 2000
  /// At most this many functional dependencies, as for orders.
  static let maxCombinations = 24
  /// Rules are looked for among the first this many synthesised columns (pairs grow with the square).
  static let maxColumns = 100
  /// Three-column identities are searched among at most this many numeric columns (cubic work).
  static let maxIdentityColumns = 40

  public static func discover(_ table: Table) -> [DiscoveredRule] {
    var search = RuleSearch(table)
    search.findOrders()
    search.findIdentities()
    search.findDateParts()
    search.findCombinations()
    search.findMissingWhen()
    let kinds = DiscoveredRule.Kind.allCases
    let sorted = search.found.sorted { x, y in
      let kx = kinds.firstIndex(of: x.rule.kind) ?? 0, ky = kinds.firstIndex(of: y.rule.kind) ?? 0
      if kx != ky { return kx < ky }
      if x.target != y.target { return x.target < y.target }
      return x.rule.text < y.rule.text
    }
    return sorted.map { $0.rule }
  }

  // MARK: Writing rules

  static let keywords = ["if", "then", "else", "and", "or", "not", "is", "missing", "in", "keep", "combinations", "of", "true", "false"]

  /// A column name as the rule language reads it: bare when it is a plain name, otherwise quoted
  /// with an inner `'` doubled (`'it''s x'`).
  static func name(_ text: String) -> String {
    let bytes = Array(text.utf8)
    func letter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
    var bare = !bytes.isEmpty && letter(bytes[0])
    if bare { for b in bytes where !(letter(b) || (b >= 48 && b <= 57) || b == 46) { bare = false; break } }
    // Keywords are quoted also in another case: `If` must not read as `if` in any parser.
    if bare && keywords.contains(String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)) { bare = false }
    if bare { return text }
    var out: [UInt8] = [39]
    for b in bytes {
      out.append(b)
      if b == 39 { out.append(39) }
    }
    out.append(39)
    return String(decoding: out, as: UTF8.self)
  }

  /// The shortest decimal text of a number, without exponent for normal magnitudes: `6`, `-6`,
  /// `2.5`, `0.001`.
  static func number(_ v: Double) -> String {
    guard v.isFinite else { return "\(v)" }
    if v == v.rounded(), abs(v) < 1e15, let i = v.integer(as: Int64.self) { return String(i) }
    let magnitude = abs(v)
    var scale = 1.0
    for digits in 1...17 {
      scale *= 10
      let scaled = (magnitude * scale).rounded()
      guard scaled < 4e15 else { break }
      guard scaled / scale == magnitude, let units = scaled.integer(as: Int64.self) else { continue }
      var text = Array(String(units).utf8)
      if text.count <= digits { text = [UInt8](repeating: 48, count: digits + 1 - text.count) + text }
      let point = text.count - digits
      let whole = String(decoding: text[..<point], as: UTF8.self), fraction = String(decoding: text[point...], as: UTF8.self)
      return (v < 0 ? "-" : "") + whole + "." + fraction
    }
    return "\(v)"
  }

  /// 10^n for 0 ≤ n ≤ 22 (exact in a Double).
  static func tenPower(_ n: Int) -> Double {
    var p = 1.0
    for _ in 0..<max(0, min(n, 22)) { p *= 10 }
    return p
  }

  /// `v` rounded to `digits` significant digits.
  static func roundedSignificant(_ v: Double, _ digits: Int) -> Double {
    guard v.isFinite, v != 0 else { return v }
    let m = abs(v)
    var e = 0, probe = m
    let low = tenPower(digits - 1), high = tenPower(digits)
    while probe >= high && e > -300 { probe /= 10; e -= 1 }
    while probe < low && e < 300 { probe *= 10; e += 1 }
    guard abs(e) <= 22 else { return v }
    let scale = tenPower(abs(e))
    let r = e >= 0 ? (m * scale).rounded() / scale : (m / scale).rounded() * scale
    return v < 0 ? -r : r
  }

  /// The most common value (the smallest on ties) and how often it occurs; `values` gets sorted.
  static func mode(_ values: inout [Double]) -> (value: Double, count: Int) {
    guard !values.isEmpty else { return (.nan, 0) }
    values.sort()
    var best = values[0], bestCount = 0, run = 0
    for i in values.indices {
      run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1
      if run > bestCount { bestCount = run; best = values[i] }
    }
    return (best, bestCount)
  }
}

/// One found rule with the column it is about, for sorting.
struct FoundRule {
  var rule: DiscoveredRule
  var target: Int
}

/// The state of one discovery run.
struct RuleSearch {
  let table: Table
  let rowCount: Int
  /// Evenly spread rows: the sample, and a tenth as many for the quickest test.
  let sample: [Int]
  let quick: [Int]
  /// Per column: non-excluded columns with observed values.
  let usable: [Bool]
  /// Per numeric column (integer, decimal, date, date-time), each row's value, NaN when missing.
  var values: [[Double]]
  var minimum: [Double]
  var maximum: [Double]
  var found: [FoundRule] = []
  /// Columns that are the target of an identity or date part.
  var targeted: [Bool]
  /// The column sets of identities, date parts and date combinations.
  var related: [[Int]] = []

  init(_ table: Table) {
    self.table = table
    rowCount = table.rowCount
    sample = RuleSearch.evenlySpaced(table.rowCount, RuleDiscovery.sampleSize)
    quick = RuleSearch.evenlySpaced(table.rowCount, RuleDiscovery.quickSize)
    // Pairs and triples of columns: only the first `maxColumns` synthesised columns take part, so
    // a table of 10,000 columns is not 50 million pairs.
    var taken = 0
    usable = table.columns.map { column in
      guard !column.schema.excluded && column.schema.kind != .empty && taken < RuleDiscovery.maxColumns else { return false }
      taken += 1
      return true
    }
    targeted = [Bool](repeating: false, count: table.columns.count)
    values = []
    minimum = []
    maximum = []
    for (c, column) in table.columns.enumerated() {
      var v: [Double] = [], low = Double.infinity, high = -Double.infinity
      if usable[c] && column.schema.kind.isNumeric && column.numbers.count == rowCount {
        v = column.numbers
        for row in 0..<rowCount {
          if column.isMissing(row) || !v[row].isFinite { v[row] = .nan; continue }
          low = min(low, v[row])
          high = max(high, v[row])
        }
      }
      values.append(v)
      minimum.append(low)
      maximum.append(high)
    }
  }

  /// One row from each of `size` equal stretches of the rows, at a fixed scrambled offset within
  /// the stretch: deterministic, but not in step with data that repeats every k rows.
  static func evenlySpaced(_ n: Int, _ size: Int) -> [Int] {
    guard n > size else { return Array(0..<n) }
    return (0..<size).map { j in
      let low = Int64(j) * Int64(n) / Int64(size), high = Int64(j + 1) * Int64(n) / Int64(size)
      var h = UInt64(j) &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      return Int(low + Int64(h % UInt64(high - low)))
    }
  }

  func kind(_ c: Int) -> ColumnKind { table.columns[c].schema.kind }
  func columnName(_ c: Int) -> String { RuleDiscovery.name(table.columns[c].schema.name) }
  func list(_ columns: [Int]) -> String {
    var text = ""
    for (i, c) in columns.enumerated() { text += (i > 0 ? ", " : "") + columnName(c) }
    return text
  }

  static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
    guard part.count <= text.count else { return false }
    for start in 0...(text.count - part.count) where Array(text[start..<(start + part.count)]) == part { return true }
    return false
  }
  /// Numeric with at least two observed values that differ.
  func varies(_ c: Int) -> Bool { !values[c].isEmpty && minimum[c] < maximum[c] }

  mutating func add(_ kind: DiscoveredRule.Kind, _ text: String, holding: Int, rows: Int, target: Int) {
    let share = rows > 0 ? Double(holding) / Double(rows) : 0
    found.append(FoundRule(rule: DiscoveredRule(kind: kind, text: text, support: share, rows: rows), target: target))
  }

  static func passes(_ holding: Int, _ rows: Int, _ share: Double) -> Bool {
    rows >= RuleDiscovery.minimumRows && Double(holding) >= share * Double(rows)
  }

  // MARK: Order

  /// `a <= b` for two dates, two date-times, or two integer/decimal columns whose ranges overlap.
  mutating func findOrders() {
    func group(_ c: Int) -> Int? {
      switch kind(c) {
      case .integer, .decimal: return 0
      case .date: return 1
      case .datetime: return 2
      default: return nil
      }
    }
    let columns = table.columns.indices.filter { varies($0) && group($0) != nil }
    var pairs: [(small: Int, large: Int, rows: Int)] = []
    for (i, a) in columns.enumerated() {
      let va = values[a]
      for b in columns[(i + 1)...] where group(a) == group(b) {
        // Ranges that do not overlap are ordered trivially.
        guard maximum[a] > minimum[b] && maximum[b] > minimum[a] else { continue }
        let vb = values[b]
        var below = false, above = false
        for row in sample where !va[row].isNaN && !vb[row].isNaN {
          if va[row] < vb[row] { below = true } else if va[row] > vb[row] { above = true }
          if below && above { break }
        }
        guard !(below && above) else { continue }
        var less = 0, more = 0, rows = 0
        for row in 0..<rowCount where !va[row].isNaN && !vb[row].isNaN {
          rows += 1
          if va[row] < vb[row] { less += 1 } else if va[row] > vb[row] { more += 1 }
        }
        guard rows >= RuleDiscovery.minimumRows else { continue }
        if more == 0 && less > 0 && informativeOrder(a, b) { pairs.append((a, b, rows)) }
        else if less == 0 && more > 0 && informativeOrder(b, a) { pairs.append((b, a, rows)) }
      }
    }
    pairs.sort { x, y in
      if x.rows != y.rows { return x.rows > y.rows }
      if x.small != y.small { return x.small < y.small }
      return x.large < y.large
    }
    for p in pairs.prefix(RuleDiscovery.maxOrderPairs) {
      add(.order, columnName(p.small) + " <= " + columnName(p.large), holding: p.rows, rows: p.rows, target: max(p.small, p.large))
    }
  }

  /// Whether `small <= large` says something: values paired at random (the sample's values of one
  /// against all of the other's) would break it at least 1% of the time. `precip <= day` holds only
  /// because the ranges barely overlap.
  func informativeOrder(_ small: Int, _ large: Int) -> Bool {
    let vs = values[small], vl = values[large]
    let xs = sample.map { vs[$0] }.filter { !$0.isNaN }
    let ys = sample.map { vl[$0] }.filter { !$0.isNaN }.sorted()
    guard !xs.isEmpty && !ys.isEmpty else { return false }
    var broken: Int64 = 0
    for x in xs {
      // Values of `large` below x: a binary search in the sorted sample.
      var low = 0, high = ys.count
      while low < high {
        let mid = (low + high) / 2
        if ys[mid] < x { low = mid + 1 } else { high = mid }
      }
      broken += Int64(low)
    }
    return broken * 100 >= Int64(xs.count) * Int64(ys.count)
  }

  // MARK: Identities

  enum Form: Equatable {
    /// a = b + k, a = b * k, a = b + c + k, a = b - c + k, a = b * c * k, a = b / c * k
    case shift, scale, sum, difference, product, ratio
    var additive: Bool { self == .shift || self == .sum || self == .difference }
    var twoColumns: Bool { self == .shift || self == .scale }

    @inline(__always)
    func base(_ b: Double, _ c: Double) -> Double {
      switch self {
      case .shift, .scale: return b
      case .sum: return b + c
      case .difference: return b - c
      case .product: return b * c
      case .ratio: return b / c
      }
    }
  }

  struct Identity {
    var target: Int, b: Int, c: Int
    var form: Form
    var k: Double
    var holding: Int, rows: Int
  }

  /// Half a unit of the column's last written decimal, and at least the rounding error of a sum.
  func tolerance(_ c: Int, _ v: Double) -> Double {
    let floor = 1e-12 * max(1, abs(v))
    switch table.columns[c].schema.numberStyle {
    case .integer: return 0.5
    case .decimals(_, let m): return max(0.5 / RuleDiscovery.tenPower(m), floor)
    case .shortest: return 1e-9 * max(1, abs(v))
    }
  }

  /// `v` rounded as the column writes its values.
  func roundedLike(_ c: Int, _ v: Double) -> Double {
    switch table.columns[c].schema.numberStyle {
    case .integer: return v.rounded()
    case .decimals(_, let m):
      let scale = RuleDiscovery.tenPower(min(m, 15))
      return (v * scale).rounded() / scale
    case .shortest: return RuleDiscovery.roundedSignificant(v, 10)
    }
  }

  /// Counts rows where a ≈ f(b, c) ⊕ k, among `rows` where all three are observed.
  func count(_ t: Identity, k: Double, rows: [Int]?) -> (holding: Int, rows: Int, informative: Int, mode: Double) {
    let va = values[t.target], vb = values[t.b], vc = t.form.twoColumns ? values[t.b] : values[t.c]
    var holding = 0, n = 0, informative = 0
    // Rows where a is not its most common (sample) value: a rule true only where a is, say, 0 is trivial.
    var sampleValues = sample.map { va[$0] }.filter { !$0.isNaN }
    let common = RuleDiscovery.mode(&sampleValues).value
    func visit(_ row: Int) {
      let a = va[row], b = vb[row], c = vc[row]
      guard !a.isNaN && !b.isNaN && !c.isNaN else { return }
      n += 1
      let g = t.form.base(b, c)
      let e = t.form.additive ? g + k : g * k
      let ok = e.isFinite && abs(a - e) <= tolerance(t.target, a) * (1 + 1e-9)
      if ok { holding += 1 }
      if a != common { informative += 1 }
    }
    if let rows { for row in rows { visit(row) } } else { for row in 0..<rowCount { visit(row) } }
    return (holding, n, informative, common)
  }

  /// The constant k of a candidate on `rows`: the most common residual, rounded as the target writes
  /// its values (sums) or to `digits` significant digits (products).
  func constant(_ t: Identity, rows: [Int], digits: Int) -> Double? {
    let va = values[t.target], vb = values[t.b], vc = t.form.twoColumns ? values[t.b] : values[t.c]
    var residuals: [Double] = []
    residuals.reserveCapacity(rows.count)
    for row in rows {
      let a = va[row], b = vb[row], c = vc[row]
      guard !a.isNaN && !b.isNaN && !c.isNaN else { continue }
      let g = t.form.base(b, c)
      if t.form.additive {
        let r = roundedLike(t.target, a - g)
        if r.isFinite { residuals.append(r == 0 ? 0 : r) }
      } else if g != 0 && g.isFinite {
        let r = RuleDiscovery.roundedSignificant(a / g, digits)
        if r.isFinite { residuals.append(r == 0 ? 0 : r) }
      }
    }
    let m = RuleDiscovery.mode(&residuals)
    return m.count > 0 ? m.value : nil
  }

  /// The cheapest test: k from one of the first three usable quick rows, held on most quick rows.
  func quickTest(_ t: Identity) -> Bool {
    let va = values[t.target], vb = values[t.b], vc = t.form.twoColumns ? values[t.b] : values[t.c]
    var tries = 0, usableRows = 0
    for row in quick where !va[row].isNaN && !vb[row].isNaN && !vc[row].isNaN { usableRows += 1 }
    guard usableRows >= min(RuleDiscovery.minimumRows, quick.count) else { return false }
    for row in quick {
      let a = va[row], b = vb[row], c = vc[row]
      guard !a.isNaN && !b.isNaN && !c.isNaN else { continue }
      let g = t.form.base(b, c)
      guard g.isFinite, t.form.additive || g != 0 else { continue }
      let k = t.form.additive ? roundedLike(t.target, a - g) : a / g
      var holding = 0
      for r in quick {
        let a2 = va[r], b2 = vb[r], c2 = vc[r]
        guard !a2.isNaN && !b2.isNaN && !c2.isNaN else { continue }
        let g2 = t.form.base(b2, c2)
        let e = t.form.additive ? g2 + k : g2 * k
        // Products get slack: k from one row carries that row's rounding.
        let slack = t.form.additive ? 0 : 1e-3 * abs(a2)
        if e.isFinite && abs(a2 - e) <= tolerance(t.target, a2) * (1 + 1e-9) + slack { holding += 1 }
      }
      if Double(holding) >= 0.94 * Double(usableRows) { return true }
      tries += 1
      if tries == 3 { return false }
    }
    return false
  }

  /// The candidate with its constant when it holds in 99% of all rows (and not only where the
  /// target has its most common value).
  func confirm(_ candidate: Identity) -> Identity? {
    guard quickTest(candidate) else { return nil }
    for digits in candidate.form.additive ? [0] : [4, 8] {
      guard let k = constant(candidate, rows: sample, digits: digits) else { continue }
      let s = count(candidate, k: k, rows: sample)
      guard RuleSearch.passes(s.holding, s.rows, RuleDiscovery.sampleThreshold) else { continue }
      let all = rowCount == sample.count ? s : count(candidate, k: k, rows: nil)
      guard RuleSearch.passes(all.holding, all.rows, RuleDiscovery.threshold), (all.rows - all.holding) * 10 <= all.informative,
        all.informative > 0
      else { continue }
      var t = candidate
      t.k = k
      t.holding = all.holding
      t.rows = all.rows
      return t
    }
    return nil
  }

  mutating func findIdentities() {
    let columns = table.columns.indices.filter { c in
      (kind(c) == .integer || kind(c) == .decimal) && varies(c) && table.columns[c].schema.distinctCount >= 3
    }
    let tripleColumns = Array(columns.prefix(RuleDiscovery.maxIdentityColumns))
    var identical = Set<Int>()
    func pairKey(_ x: Int, _ y: Int) -> Int { min(x, y) * table.columns.count + max(x, y) }
    var chosen: [Identity] = []
    for a in columns {
      var best: Identity? = nil
      // Fewest columns, sums before products, then column positions.
      for form in [Form.shift, .scale] where best == nil {
        for b in columns where b != a {
          guard let t = confirm(Identity(target: a, b: b, c: b, form: form, k: 0, holding: 0, rows: 0)) else { continue }
          if t.k == 0 || (form == .scale && t.k == 1) { identical.insert(pairKey(a, b)); continue }
          best = t
          break
        }
      }
      if best == nil && tripleColumns.contains(a) {
        search: for forms in [[Form.sum, .difference], [.product, .ratio]] {
          for b in tripleColumns where b != a && !identical.contains(pairKey(a, b)) {
            for c in tripleColumns where c != a && c != b && !identical.contains(pairKey(a, c)) {
              for form in forms {
                // b + c and b * c are symmetric: only b before c.
                if (form == .sum || form == .product) && c < b { continue }
                guard let t = confirm(Identity(target: a, b: b, c: c, form: form, k: 0, holding: 0, rows: 0)) else { continue }
                if t.k == 0 && !form.additive { continue }
                best = t
                break search
              }
            }
          }
        }
      }
      if let best { chosen.append(best) }
    }
    // The same columns related from another target: keep one, a difference before a sum (the
    // derived column is then on the left), then the later target, as for `a = b + k` vs `b = a - k`.
    func columnSet(_ t: Identity) -> [Int] { t.form.twoColumns ? [t.target, t.b].sorted() : [t.target, t.b, t.c].sorted() }
    func preferred(_ x: Identity, _ y: Identity) -> Bool {
      let dx = x.form == .difference || x.form == .ratio, dy = y.form == .difference || y.form == .ratio
      if dx != dy { return dx }
      return x.target > y.target
    }
    for t in chosen {
      let set = columnSet(t)
      if chosen.contains(where: { $0.target != t.target && columnSet($0) == set && preferred($0, t) }) { continue }
      targeted[t.target] = true
      related.append(set)
      add(.identity, identityText(t), holding: t.holding, rows: t.rows, target: t.target)
    }
  }

  func identityText(_ t: Identity) -> String {
    var text = columnName(t.target) + " = " + columnName(t.b)
    switch t.form {
    case .shift, .scale: break
    case .sum: text += " + " + columnName(t.c)
    case .difference: text += " - " + columnName(t.c)
    case .product: text += " * " + columnName(t.c)
    case .ratio: text += " / " + columnName(t.c)
    }
    if t.form.additive {
      if t.k > 0 { text += " + " + RuleDiscovery.number(t.k) } else if t.k < 0 { text += " - " + RuleDiscovery.number(-t.k) }
    } else if t.k != 1 {
      text += " * " + RuleDiscovery.number(t.k)
    }
    return text
  }

  // MARK: Date parts

  enum Part: String, CaseIterable { case year, month, day, hour, minute, weekday }

  /// Whole days since 1970-01-01 and seconds into that day, or nil for a value beyond any calendar.
  static func split(_ v: Double, dateTime: Bool) -> (days: Int64, seconds: Int64)? {
    guard v.isFinite, abs(v) < 1e14 else { return nil }
    if !dateTime { return (v.integer(.down, clampedTo: Int64.min ... Int64.max), 0) }
    let total = v.integer(.down, clampedTo: Int64.min ... Int64.max)
    let days = CivilDate.floorDiv(total, 86_400)
    return (days, total - days * 86_400)
  }

  static func part(_ p: Part, _ v: Double, dateTime: Bool) -> Double {
    guard let (days, seconds) = split(v, dateTime: dateTime) else { return .nan }
    switch p {
    case .year: return Double(CivilDate.civil(fromDays: days).year)
    case .month: return Double(CivilDate.civil(fromDays: days).month)
    case .day: return Double(CivilDate.civil(fromDays: days).day)
    case .hour: return Double(seconds / 3600)
    case .minute: return Double(seconds / 60 % 60)
    // 1970-01-01 was a Thursday (4).
    case .weekday: return Double((days + 3 - CivilDate.floorDiv(days + 3, 7) * 7) + 1)
    }
  }

  /// Year plus the elapsed share of that year.
  static func decimalYear(_ v: Double, dateTime: Bool) -> Double {
    guard v.isFinite, abs(v) < 1e14 else { return .nan }
    let dayValue = dateTime ? v / 86_400 : v
    guard let (days, _) = split(dayValue, dateTime: false) else { return .nan }
    let year = CivilDate.civil(fromDays: days).year
    let start = CivilDate.days(year: year, month: 1, day: 1)
    let length: Double = CivilDate.isLeap(year) ? 366 : 365
    return Double(year) + (dayValue - Double(start)) / length
  }

  /// Rows where x equals `f` of d, and rows where both are observed; sample first, then all rows.
  func agreement(_ x: Int, _ d: Int, tolerance: Double, _ f: (Double) -> Double) -> (holding: Int, rows: Int)? {
    let vx = values[x], vd = values[d]
    func tally(_ rows: [Int]?) -> (Int, Int) {
      var holding = 0, n = 0
      func visit(_ row: Int) {
        guard !vx[row].isNaN && !vd[row].isNaN else { return }
        n += 1
        if abs(vx[row] - f(vd[row])) <= tolerance { holding += 1 }
      }
      if let rows { for row in rows { visit(row) } } else { for row in 0..<rowCount { visit(row) } }
      return (holding, n)
    }
    let s = tally(sample)
    guard RuleSearch.passes(s.0, s.1, RuleDiscovery.sampleThreshold) else { return nil }
    let all = rowCount == sample.count ? s : tally(nil)
    guard RuleSearch.passes(all.0, all.1, RuleDiscovery.threshold) else { return nil }
    return all
  }

  mutating func findDateParts() {
    let dates = table.columns.indices.filter { (kind($0) == .date || kind($0) == .datetime) && varies($0) }
    let integers = table.columns.indices.filter { kind($0) == .integer && varies($0) }
    let decimals = table.columns.indices.filter { kind($0) == .decimal && varies($0) && table.columns[$0].schema.distinctCount >= 3 }
    var partsOf: [[Part: Int]] = [[Part: Int]](repeating: [:], count: table.columns.count)
    for x in integers {
      search: for d in dates {
        let dateTime = kind(d) == .datetime
        for p in Part.allCases where dateTime || (p != .hour && p != .minute) {
          guard let r = agreement(x, d, tolerance: 0.5, { RuleSearch.part(p, $0, dateTime: dateTime) }) else { continue }
          // A part that is almost always the same value says little (a column of zeros is not `hour(d)`).
          var sampleValues = sample.map { values[x][$0] }.filter { !$0.isNaN }
          if RuleDiscovery.mode(&sampleValues).count == sampleValues.count { continue }
          if partsOf[d][p] == nil { partsOf[d][p] = x }
          if !targeted[x] {
            targeted[x] = true
            related.append([min(x, d), max(x, d)])
            add(.dateParts, columnName(x) + " = " + p.rawValue + "(" + columnName(d) + ")", holding: r.holding, rows: r.rows, target: x)
          }
          break search
        }
      }
    }
    for x in decimals where !targeted[x] {
      for d in dates {
        let dateTime = kind(d) == .datetime
        guard let r = agreement(x, d, tolerance: 1e-9, { RuleSearch.decimalYear($0, dateTime: dateTime) }) else { continue }
        targeted[x] = true
        related.append([min(x, d), max(x, d)])
        add(.dateParts, columnName(x) + " = decimal_year(" + columnName(d) + ")", holding: r.holding, rows: r.rows, target: x)
        break
      }
    }
    for d in dates where !assemble(d, partsOf[d]) { combineParts(d) }
  }

  /// `d = date(y, m, dd)` or `d = datetime(y, m, dd, h[, mi])` from the columns equal to d's parts.
  mutating func assemble(_ d: Int, _ parts: [Part: Int]) -> Bool {
    let dateTime = kind(d) == .datetime
    guard let y = parts[.year], let m = parts[.month], let dd = parts[.day] else { return false }
    var columns = [y, m, dd]
    if dateTime {
      guard let h = parts[.hour] else { return false }
      columns.append(h)
      if let mi = parts[.minute] { columns.append(mi) }
    }
    var holding = 0, n = 0
    let vd = values[d]
    for row in 0..<rowCount where !vd[row].isNaN {
      var p: [Int64] = []
      for c in columns {
        let v = values[c][row]
        guard !v.isNaN, abs(v) < 1e7, let i = v.integer(as: Int64.self) else { break }
        p.append(i)
      }
      guard p.count == columns.count else { continue }
      n += 1
      let days = CivilDate.days(year: p[0], month: p[1], day: p[2])
      let ok = p[1] >= 1 && p[1] <= 12 && p[2] >= 1 && p[2] <= CivilDate.daysInMonth(year: p[0], month: p[1])
      let expected = dateTime ? Double(days * 86_400 + p[3] * 3600 + (p.count > 4 ? p[4] * 60 : 0)) : Double(days)
      if ok && vd[row] == expected { holding += 1 }
    }
    guard RuleSearch.passes(holding, n, RuleDiscovery.threshold) else { return false }
    let function = dateTime ? "datetime(" : "date("
    targeted[d] = true
    related.append((columns + [d]).sorted())
    add(.dateParts, columnName(d) + " = " + function + list(columns) + ")", holding: holding, rows: n, target: d)
    return true
  }

  /// Integer columns that look like parts of d (by value range, name as tie-break) and are a
  /// re-encoding of d (each combination of them has one d, each d one combination) become
  /// `keep combinations of …, d`, e.g. local-time parts of a UTC time.
  mutating func combineParts(_ d: Int) {
    let dateTime = kind(d) == .datetime
    // Narrowest range first, so that a month column is not taken for an hour.
    var roles: [(Part, ClosedRange<Double>, [String])] = [(.month, 1...12, ["month", "mon"])]
    if dateTime { roles.append((.hour, 0...23, ["hour", "hr"])) }
    roles.append((.day, 1...31, ["day"]))
    if dateTime { roles.append((.minute, 0...59, ["min"])) }
    roles.append((.year, 1000...2999, ["year", "yr"]))
    var taken: [Int] = []
    for (_, range, hints) in roles {
      var best: Int? = nil
      func score(_ c: Int) -> (Int, Bool) {
        let lower = table.columns[c].schema.name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return (table.columns[c].schema.distinctCount, hints.contains { RuleSearch.contains(lower, Array($0.utf8)) })
      }
      for c in table.columns.indices where kind(c) == .integer && varies(c) && !taken.contains(c) {
        guard range.contains(minimum[c]) && range.contains(maximum[c]) else { continue }
        if let b = best {
          let sc = score(c), sb = score(b)
          if sc.0 > sb.0 || (sc.0 == sb.0 && sc.1 && !sb.1) { best = c }
        } else {
          best = c
        }
      }
      if let best { taken.append(best) }
    }
    // Values of d must repeat (as weather's hours repeat per airport): with one row per value any
    // column would be a function of d and the test says nothing.
    guard taken.count >= 2, let dCodes = denseCodes(d, limit: rowCount / 2) else { return }
    let partCodes = taken.map { denseCodes($0, limit: Int.max) }
    // Largest subsets first; within a size, by the bit pattern (deterministic).
    var subsets = (1..<(1 << taken.count)).filter { $0.nonzeroBitCount >= 2 }
    subsets.sort { ($0.nonzeroBitCount, $0) > ($1.nonzeroBitCount, $1) }
    for mask in subsets {
      let members = taken.indices.filter { mask & (1 << $0) != 0 }
      var codes: [(codes: [Int32], count: Int)] = []
      for m in members { guard let p = partCodes[m] else { return }; codes.append(p) }
      let key = RuleSearch.combine(codes, rowCount: rowCount)
      guard let forward = dependency(key, dCodes, rows: sample), RuleSearch.passes(forward.holding, forward.rows, RuleDiscovery.sampleThreshold),
        let backward = dependency(dCodes, key, rows: sample), RuleSearch.passes(backward.holding, backward.rows, RuleDiscovery.sampleThreshold),
        let f = dependency(key, dCodes, rows: nil), RuleSearch.passes(f.holding, f.rows, RuleDiscovery.threshold),
        let g = dependency(dCodes, key, rows: nil), RuleSearch.passes(g.holding, g.rows, RuleDiscovery.threshold)
      else { continue }
      let columns = members.map { taken[$0] }.sorted()
      related.append((columns + [d]).sorted())
      add(.combination, "keep combinations of " + list(columns + [d]), holding: f.holding, rows: f.rows, target: d)
      // A part that only mostly equals d's part (local time against UTC) would fight the combination.
      let suffix = "(" + columnName(d) + ")"
      found.removeAll { $0.rule.kind == .dateParts && columns.contains($0.target) && $0.rule.text.hasSuffix(suffix) && $0.rule.support < 1 }
      return
    }
  }

  // MARK: Functional dependencies

  /// Each row's value as a code 0..<count (-1 when missing), or nil above `limit` distinct values.
  func denseCodes(_ c: Int, limit: Int) -> (codes: [Int32], count: Int)? {
    let column = table.columns[c]
    if column.usesLevels {
      guard column.levels.count <= limit, column.codes.count == rowCount else { return nil }
      var codes = column.codes
      if !column.missing.isEmpty { for row in 0..<rowCount where column.missing[row] != 0 { codes[row] = -1 } }
      return (codes, column.levels.count)
    }
    guard !values[c].isEmpty || column.schema.kind == .boolean else { return nil }
    let v = values[c].isEmpty ? column.numbers : values[c]
    guard v.count == rowCount else { return nil }
    var map: [UInt64: Int32] = [:]
    var codes = [Int32](repeating: -1, count: rowCount)
    for row in 0..<rowCount where !v[row].isNaN && !column.isMissing(row) {
      let x = v[row] == 0 ? 0 : v[row]
      if let code = map[x.bitPattern] { codes[row] = code; continue }
      guard map.count < limit else { return nil }
      let code = Int32(truncatingIfNeeded: map.count)
      map[x.bitPattern] = code
      codes[row] = code
    }
    return (codes, map.count)
  }

  /// One code per combination of the given columns' codes (-1 when any is missing).
  static func combine(_ parts: [(codes: [Int32], count: Int)], rowCount: Int) -> (codes: [Int32], count: Int) {
    var map: [UInt64: Int32] = [:]
    var codes = [Int32](repeating: -1, count: rowCount)
    rows: for row in 0..<rowCount {
      var key: UInt64 = 0
      for p in parts {
        let c = p.codes[row]
        guard c >= 0 else { continue rows }
        key = key &* UInt64(p.count + 1) &+ UInt64(c)
      }
      if let code = map[key] { codes[row] = code; continue }
      let code = Int32(truncatingIfNeeded: map.count)
      map[key] = code
      codes[row] = code
    }
    return (codes, map.count)
  }

  /// How well `key` determines `value`: rows with both observed, those whose value is the most
  /// common value of their key, and those whose value is the most common value overall.
  func dependency(_ key: (codes: [Int32], count: Int), _ value: (codes: [Int32], count: Int), rows: [Int]?) -> (holding: Int, rows: Int, common: Int)? {
    // Counting sort of the rows by key.
    var starts = [Int](repeating: 0, count: key.count + 1)
    func each(_ body: (Int) -> Void) {
      if let rows { for row in rows { body(row) } } else { for row in 0..<rowCount { body(row) } }
    }
    var n = 0
    each { row in
      let k = key.codes[row], v = value.codes[row]
      if k >= 0 && v >= 0 { starts[Int(k) + 1] += 1; n += 1 }
    }
    guard n > 0 else { return nil }
    for i in 0..<key.count { starts[i + 1] += starts[i] }
    var fill = starts
    var order = [Int32](repeating: 0, count: n)
    each { row in
      let k = key.codes[row], v = value.codes[row]
      if k >= 0 && v >= 0 { order[fill[Int(k)]] = v; fill[Int(k)] += 1 }
    }
    var counts = [Int32](repeating: 0, count: value.count), totals = [Int](repeating: 0, count: value.count)
    var holding = 0
    for g in 0..<key.count where starts[g + 1] > starts[g] {
      var best: Int32 = 0
      for i in starts[g]..<starts[g + 1] {
        let v = Int(order[i])
        counts[v] += 1
        totals[v] += 1
        best = max(best, counts[v])
      }
      holding += Int(best)
      for i in starts[g]..<starts[g + 1] { counts[Int(order[i])] = 0 }
    }
    return (holding, n, totals.max() ?? 0)
  }

  /// `keep combinations of A, B` when each value of A has one value of B in 99% of rows.
  mutating func findCombinations() {
    var codes: [(codes: [Int32], count: Int)?] = []
    for c in table.columns.indices {
      let k = kind(c)
      let eligible = usable[c] && k != .constant && k != .empty && table.columns[c].schema.distinctCount <= RuleDiscovery.maxDistinct
      codes.append(eligible ? denseCodes(c, limit: RuleDiscovery.maxDistinct) : nil)
      if let x = codes[c], x.count < 2 { codes[c] = nil }
    }
    func isRelated(_ a: Int, _ b: Int) -> Bool { related.contains { $0.contains(a) && $0.contains(b) } }
    var holds: [(a: Int, b: Int, holding: Int, rows: Int)] = []
    // A decimal amount that fixes a category (an income adjusted per year fixes the year) is a
    // coincidence of its rounding: keeping it would copy real amounts.
    for a in table.columns.indices where kind(a) != .decimal {
      guard let ka = codes[a] else { continue }
      for b in table.columns.indices where b != a {
        guard let kb = codes[b], !isRelated(a, b) else { continue }
        guard let s = dependency(ka, kb, rows: sample), RuleSearch.passes(s.holding, s.rows, RuleDiscovery.sampleThreshold) else { continue }
        guard let f = rowCount == sample.count ? s : dependency(ka, kb, rows: nil) else { continue }
        // A must repeat (at most rows/5 values), and the rule must explain most of B's variation,
        // not only hold because B is almost constant.
        guard RuleSearch.passes(f.holding, f.rows, RuleDiscovery.threshold), Int64(ka.count) * 5 <= Int64(f.rows),
          f.rows > f.common, (f.rows - f.holding) * 10 <= f.rows - f.common
        else { continue }
        holds.append((a, b, f.holding, f.rows))
      }
    }
    // A column computed from another (a target) repeats that column's dependencies.
    holds.removeAll { targeted[$0.a] || targeted[$0.b] }
    // Which column determines which, as a matrix: the tests below are then O(columns) per pair,
    // where a table of mutually dependent columns has thousands of pairs.
    // Only usable columns (at most `maxColumns`) take part: index them densely.
    var slot = [Int](repeating: -1, count: table.columns.count)
    var n = 0
    for c in table.columns.indices where usable[c] { slot[c] = n; n += 1 }
    var determines = [Bool](repeating: false, count: holds.isEmpty ? 0 : n * n)
    for h in holds { determines[slot[h.a] * n + slot[h.b]] = true }
    var listed = 0
    for h in holds where listed < RuleDiscovery.maxCombinations {
      let (a, b) = (slot[h.a], slot[h.b])
      // A bijection is listed once, with the earlier column first.
      if a > b && determines[b * n + a] { continue }
      // A → C follows from A → B and B → C (B not a bijection partner of A or C).
      let implied = (0..<n).contains { m in
        m != b && determines[a * n + m] && determines[m * n + b] && !determines[m * n + a] && !determines[b * n + m]
      }
      if implied { continue }
      add(.combination, "keep combinations of " + columnName(h.a) + ", " + columnName(h.b), holding: h.holding, rows: h.rows, target: h.b)
      listed += 1
    }
  }

  // MARK: Missing values

  mutating func findMissingWhen() {
    let words = (rowCount + 63) / 64
    var masks: [[UInt64]] = [], counts: [Int] = [], columns: [Int] = []
    for c in table.columns.indices where usable[c] {
      let column = table.columns[c]
      guard !column.missing.isEmpty else { continue }
      var mask = [UInt64](repeating: 0, count: words), n = 0
      for row in 0..<rowCount where column.missing[row] != 0 {
        mask[row >> 6] |= 1 << UInt64(row & 63)
        n += 1
      }
      guard n > 0 && n < rowCount else { continue }
      masks.append(mask)
      counts.append(n)
      columns.append(c)
    }
    var rules: [(a: Int, b: Int, observed: Bool, holding: Int, rows: Int)] = []
    for i in columns.indices {
      for j in columns.indices where j != i {
        var both = 0
        for w in 0..<words { both += (masks[i][w] & masks[j][w]).nonzeroBitCount }
        let whenMissing = counts[i], whenObserved = rowCount - counts[i]
        if whenMissing >= RuleDiscovery.minimumRows && RuleSearch.passes(both, whenMissing, RuleDiscovery.threshold) {
          rules.append((columns[i], columns[j], false, both, whenMissing))
        }
        let onlyB = counts[j] - both
        if whenObserved >= RuleDiscovery.minimumRows && RuleSearch.passes(onlyB, whenObserved, RuleDiscovery.threshold) {
          rules.append((columns[i], columns[j], true, onlyB, whenObserved))
        }
      }
    }
    for r in rules {
      // `if A … then B is missing` and `if B … then A is missing` describe one pattern: the earlier A.
      if r.a > r.b && rules.contains(where: { $0.a == r.b && $0.b == r.a && $0.observed == r.observed }) { continue }
      let condition = r.observed ? " is not missing then " : " is missing then "
      add(.missingWhen, "if " + columnName(r.a) + condition + columnName(r.b) + " is missing", holding: r.holding, rows: r.rows, target: r.b)
    }
  }
}
