/// Widths of text in the PDF's base-14 Helvetica, so lines can be wrapped and labels fitted
/// before anything is drawn. SVG on screen uses the same widths (Helvetica or Arial render alike).
enum FontMetrics {
  /// The advance width of `text` in points at `size` points.
  /// Placeholder estimate until the AFM widths land.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.unicodeScalars.count) * size * (bold ? 0.58 : 0.55)
  }
}
