/// Binary searches in an ascending array: the one place the project writes them.
///
///     SortedSearch.lowerBound([1, 2, 2, 3], 2)   // 1: the first index with a[i] >= 2
///     SortedSearch.upperBound([1, 2, 2, 3], 2)   // 3: the first index with a[i] > 2
/// - Complexity: O(log n).
enum SortedSearch {
  /// The first index whose element is not below `value` (`count` if none).
  static func lowerBound<T: Comparable>(_ sorted: [T], _ value: T) -> Int {
    partition(sorted.count) { sorted[$0] < value }
  }

  /// The first index whose element is above `value` (`count` if none).
  static func upperBound<T: Comparable>(_ sorted: [T], _ value: T) -> Int {
    partition(sorted.count) { sorted[$0] <= value }
  }

  /// The first index in 0..<count where `isBefore` turns false; `isBefore` must be true on a prefix.
  static func partition(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
    var low = 0, high = count
    while low < high {
      let mid = low + (high - low) / 2
      if isBefore(mid) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
