/// The measures whose tasks the page's workers split between them (see `Workers.share`): each
/// travels as its fields in declaration order.

extension DistanceSummary: Portable {
  func write(to out: inout PortableWriter) {
    out.write(p5)
    out.write(median)
    out.write(mean)
  }

  init(from input: inout PortableReader) {
    self.init(p5: input.double(), median: input.double(), mean: input.double())
  }
}

extension DistanceToClosestRecord: Portable {
  func write(to out: inout PortableWriter) {
    out.write(sampleSize)
    out.write(seed)
    out.write(referenceRows)
    out.write(syntheticQueries)
    out.write(baselineQueries)
    out.write(synthetic)
    out.write(realBaseline)
    out.write(shareBelowBaselineP5)
    out.write(exactMatchShare)
    out.write(baselineExactMatchShare)
    out.write(flagged)
  }

  init(from input: inout PortableReader) {
    self.init(
      sampleSize: input.int(), seed: input.uint64(), referenceRows: input.int(), syntheticQueries: input.int(), baselineQueries: input.int(),
      synthetic: input.read(), realBaseline: input.read(), shareBelowBaselineP5: input.double(), exactMatchShare: input.double(),
      baselineExactMatchShare: input.double(), flagged: input.bool())
  }
}

extension HoldoutPrivacy: Portable {
  func write(to out: inout PortableWriter) {
    out.write(sampleSize)
    out.write(seed)
    out.write(syntheticQueries)
    out.write(trainingQueries)
    out.write(shareCloserToTraining)
    out.write(closer)
    out.write(farther)
    out.write(ties)
    out.write(meanDistanceTraining)
    out.write(meanDistanceHoldout)
    out.write(copiedOutliers)
    out.write(outlierCandidates)
    out.write(flagged)
  }

  init(from input: inout PortableReader) {
    self.init(
      sampleSize: input.int(), seed: input.uint64(), syntheticQueries: input.int(), trainingQueries: input.int(),
      shareCloserToTraining: input.double(), closer: input.int(), farther: input.int(), ties: input.int(),
      meanDistanceTraining: input.double(), meanDistanceHoldout: input.double(), copiedOutliers: input.int(),
      outlierCandidates: input.int(), flagged: input.bool())
  }
}

extension NearCopies: Portable {
  func write(to out: inout PortableWriter) {
    for value in [differing, requested, keySets] { out.write(value) }
    for value in [syntheticShare, baselineShare, syntheticHalfShare] { out.write(value) }
    for value in [halfRows, syntheticRows] { out.write(value) }
    out.write(repU)
    for value in [replicatedUniqueCount, uniqueInRealCount, copiesOfUniques] { out.write(value) }
  }

  init(from input: inout PortableReader) {
    self.init(
      differing: input.int(), requested: input.int(), keySets: input.int(), syntheticShare: input.double(), baselineShare: input.double(),
      syntheticHalfShare: input.double(), halfRows: input.int(), syntheticRows: input.int(), repU: input.double(),
      replicatedUniqueCount: input.int(), uniqueInRealCount: input.int(), copiesOfUniques: input.int())
  }
}

extension KeyDisclosure: Portable {
  /// The percentages after the counts, in the order `init(from:)` reads them back.
  private var attributeShares: [Double] { [dOrig, dSyn, iS, diS, disco, disDiO, baseCAPd, capD, capS, dcap, tcap] }

  func write(to out: inout PortableWriter) {
    out.write(keys.count)
    for key in keys { out.write(key) }
    out.write(target != nil)
    if let target { out.write(target) }
    for value in [realRows, syntheticRows, realKeyCount] { out.write(value) }
    for value in [uniqueInReal, uniqueInSynthetic, uniqueInRealFoundInSynthetic, repU] { out.write(value) }
    for value in [replicatedUniqueCount, uniqueInRealCount] { out.write(value) }
    for value in attributeShares { out.write(value) }
  }

  init(from input: inout PortableReader) {
    let keyCount = input.count()
    let keys = (0..<keyCount).map { _ in input.string() }
    let target = input.bool() ? input.string() : nil
    self.init(
      keys: keys, target: target, realRows: input.int(), syntheticRows: input.int(), realKeyCount: input.int(),
      uniqueInReal: input.double(), uniqueInSynthetic: input.double(), uniqueInRealFoundInSynthetic: input.double(), repU: input.double(),
      replicatedUniqueCount: input.int(), uniqueInRealCount: input.int())
    let shares = (0..<11).map { _ in input.double() }
    (dOrig, dSyn, iS, diS, disco) = (shares[0], shares[1], shares[2], shares[3], shares[4])
    (disDiO, baseCAPd, capD, capS, dcap, tcap) = (shares[5], shares[6], shares[7], shares[8], shares[9], shares[10])
  }
}
