/// Every number of an evaluation as one JSON document, for scripts and for the web page.
/// Non-finite numbers are written as null. Member order is fixed, so equal runs give equal bytes.
enum EvaluationJSON {
  static func document(_ e: Evaluation, context: ReportContext) -> [UInt8] {
    var j = JSONWriter(indent: 1)
    j.beginObject()
    j.field("localsynth", Engine.version)
    // Every measure, on real values: this file is for the analyst, never for publication.
    j.field("containsRealValues", true)
    j.field("real", e.realFile)
    j.field("synthetic", e.syntheticFile)
    j.field("realRows", e.realRows)
    j.field("syntheticRows", e.syntheticRows)
    j.key("holdoutRows"); if let h = e.holdoutRows { j.int(h) } else { j.null() }
    j.key("method"); j.optionalString(context.method.map { $0 == .cart ? "CART" : "GC" })
    j.key("settings")
    if let settings = context.settingsJSON { j.rawValue(settings) } else { j.beginObject(); j.endObject() }
    j.key("evaluation")
    j.beginObject()
    j.field("groups", e.config.groups)
    j.key("target"); j.optionalString(e.specific?.target ?? e.config.target)
    j.key("keys"); strings(e.config.keys, &j)
    j.field("cartPropensity", e.config.cartPropensity.rawValue)
    j.field("permutations", e.config.permutations)
    j.field("distanceSample", e.config.distanceSample)
    j.key("seed"); j.rawNumber(String(e.config.seed))
    j.endObject()
    if let seconds = context.runSeconds { j.field("runSeconds", number: seconds) }
    summary(e, context: context, &j)
    j.key("notes"); strings(e.notes.map { $0.text }, &j)
    j.key("columns")
    j.beginArray()
    for (i, c) in e.columns.enumerated() { column(c, e.schemas[i], &j) }
    j.endArray()
    pairs(e, &j)
    associations(e, &j)
    j.key("propensity")
    j.beginArray()
    for p in e.propensity { propensity(p, &j) }
    j.endArray()
    j.key("specific"); if let s = e.specific { specific(s, &j) } else { j.null() }
    disclosure(e, &j)
    if !e.rules.isEmpty {
      j.key("rules")
      j.beginArray()
      for r in e.rules {
        j.beginObject()
        r.writeFields(to: &j)
        j.endObject()
      }
      j.endArray()
    }
    if let copies = context.copies {
      j.key("spread")
      j.beginObject()
      copies.writeFields(to: &j)
      j.endObject()
    }
    if let tuning = context.tuning {
      j.key("tuning")
      j.beginObject()
      tuning.writeFields(to: &j)
      j.endObject()
    }
    if !e.models.isEmpty {
      j.key("models")
      j.beginArray()
      for m in e.models { model(m, &j) }
      j.endArray()
    }
    j.endObject()
    return j.bytes + [10]
  }

  /// One `--model` comparison: the fits, every coefficient per copy and pooled, and the summary.
  private static func model(_ m: ModelComparison, _ j: inout JSONWriter) {
    func fit(_ f: ModelComparison.FitSummary) {
      j.beginObject()
      j.field("rows", f.rows)
      j.field("droppedMissing", f.missing)
      j.field("droppedOutOfRange", f.outOfRange)
      j.field("converged", f.converged)
      j.field("separated", f.boundary)
      j.field("iterations", f.iterations)
      j.field("deviance", number: f.deviance)
      j.field("dispersion", number: f.dispersion)
      j.endObject()
    }
    j.beginObject()
    j.field("formula", m.formula)
    j.field("outcome", m.outcome)
    j.field("family", m.family.rawValue)
    j.field("familyChosen", m.familyChosen)
    j.key("positiveLevel"); j.optionalString(m.positiveLevel)
    j.key("negativeLevel"); j.optionalString(m.negativeLevel)
    j.field("proper", m.proper)
    j.field("copies", m.m)
    j.key("real"); fit(m.real)
    j.key("synthetic")
    j.beginArray()
    for f in m.copies { fit(f) }
    j.endArray()
    j.key("skipped"); strings(m.skipped, &j)
    j.field("meanAbsStdDiff", number: m.meanAbsoluteDifference)
    j.field("meanCIOverlap", number: m.meanOverlap)
    j.field("lackOfFit", number: m.lackOfFit)
    j.field("lackOfFitDF", m.lackOfFitDegrees)
    j.field("lackOfFitP", number: m.lackOfFitPValue)
    j.key("coefficients")
    j.beginArray()
    for c in m.coefficients {
      j.beginObject()
      j.field("term", c.name.english)
      j.field("rName", c.name.rName)
      j.field("real", number: c.real.value)
      j.field("realSE", number: c.real.standardError)
      j.key("synthetic"); numbers(c.copies.map { $0.value }, &j)
      j.key("syntheticSE"); numbers(c.copies.map { $0.standardError }, &j)
      j.key("standardisedDifference"); numbers(c.standardisedDifferences, &j)
      j.key("ciOverlap"); numbers(c.overlaps, &j)
      j.key("pooled")
      j.beginObject()
      j.field("copies", c.pooled.copies)
      j.field("estimate", number: c.pooled.estimate)
      j.field("withinVariance", number: c.pooled.withinVariance)
      j.field("betweenVariance", number: c.pooled.betweenVariance)
      j.field("se", number: c.pooled.standardError)
      j.field("populationSE", number: c.pooled.populationStandardError)
      j.field("standardisedDifference", number: c.pooled.standardisedDifference)
      j.field("ciOverlap", number: c.pooled.overlap)
      j.endObject()
      j.endObject()
    }
    j.endArray()
    j.endObject()
  }

  private static func strings(_ values: [String], _ j: inout JSONWriter) {
    j.beginArray()
    for v in values { j.string(v) }
    j.endArray()
  }

  private static func numbers(_ values: [Double], _ j: inout JSONWriter) {
    j.beginArray()
    for v in values { j.number(v) }
    j.endArray()
  }

  private static func matrix(_ values: [[Double]], _ j: inout JSONWriter) {
    j.beginArray()
    for row in values { numbers(row, &j) }
    j.endArray()
  }

  private static func summary(_ e: Evaluation, context: ReportContext, _ j: inout JSONWriter) {
    let builder = ReportBuilder(evaluation: e, context: context)
    j.key("summary")
    j.beginObject()
    j.field("medianPairSPMSE", number: e.medianPairSPMSE)
    if let worst = e.worstPairs.first {
      j.key("worstPair"); strings([e.names[worst.first], e.names[worst.second]], &j)
      j.field("worstPairSPMSE", number: worst.result.sPMSE)
    }
    j.field("p90PairSPMSE", number: e.pairQuantile(0.9))
    j.field("maxOneWaySPMSE", number: e.columns.map { $0.oneWay.sPMSE }.filter { !$0.isNaN }.max() ?? .nan)
    j.key("byConstruction"); strings(builder.constructedColumns.map { e.names[$0] }, &j)
    j.field("logisticByConstruction", builder.logisticByConstruction)
    j.key("cartPropensitySPMSE"); if let cart = e.cartPropensity { j.number(cart.sPMSE) } else { j.null() }
    j.field("utility", builder.utilityLevel.rawValue)
    j.field("identicalRowsFlagged", builder.identicalRowsFlagged)
    j.field("replicatedUniquesFlagged", builder.replicatedUniquesFlagged)
    j.field("nearCopiesFlagged", e.nearCopies.flagged)
    j.field("distanceFlagged", e.distances.flagged)
    if let h = e.holdout { j.field("holdoutFlagged", h.flagged) }
    j.endObject()
  }

  private static func summaryFields(_ s: ColumnComparison.Summary, _ j: inout JSONWriter) {
    j.beginObject()
    j.field("rows", s.rows)
    j.field("observed", s.observed)
    j.field("missingShare", number: s.missingShare)
    j.field("mean", number: s.mean)
    j.field("sd", number: s.sd)
    j.field("min", number: s.minimum)
    j.field("q1", number: s.q1)
    j.field("median", number: s.median)
    j.field("q3", number: s.q3)
    j.field("max", number: s.maximum)
    j.endObject()
  }

  private static func column(_ c: ColumnComparison, _ schema: ColumnSchema, _ j: inout JSONWriter) {
    j.beginObject()
    j.field("name", c.name)
    j.field("type", c.kind.rawValue)
    j.key("real"); summaryFields(c.real, &j)
    j.key("synthetic"); summaryFields(c.synthetic, &j)
    j.field("ks", number: c.ks)
    j.field("tvd", number: c.tvd)
    j.field("oneWaySPMSE", number: c.oneWay.sPMSE)
    j.field("oneWayPMSE", number: c.oneWay.pMSE)
    j.field("oneWayDF", c.oneWay.df)
    j.field("sameValues", c.sameValues)
    j.field("rangeCoverage", number: c.rangeCoverage)
    j.field("boundaryAdherence", number: c.boundaryAdherence)
    j.field("categoryCoverage", number: c.categoryCoverage)
    j.key("syntheticOnly"); strings(c.syntheticOnly, &j)
    j.key("notReproduced"); strings(c.notReproduced, &j)
    j.key("categories")
    j.beginArray()
    for category in c.categories {
      j.beginObject()
      j.field("label", category.label)
      j.field("real", number: category.real)
      j.field("synthetic", number: category.synthetic)
      j.endObject()
    }
    j.endArray()
    j.key("histogram")
    j.beginObject()
    j.key("labels"); strings(c.histogramLabels, &j)
    j.key("real"); numbers(c.histogramReal, &j)
    j.key("synthetic"); numbers(c.histogramSynthetic, &j)
    j.endObject()
    j.endObject()
  }

  private static func pairs(_ e: Evaluation, _ j: inout JSONWriter) {
    j.key("pairs")
    j.beginArray()
    for p in e.pairs {
      j.beginObject()
      j.key("columns"); strings([e.names[p.first], e.names[p.second]], &j)
      j.field("sPMSE", number: p.result.sPMSE)
      j.field("pMSE", number: p.result.pMSE)
      j.field("vw", number: p.result.vw)
      j.field("df", p.result.df)
      j.endObject()
    }
    j.endArray()
    j.key("columnScores"); numbers(e.columnScores, &j)
    j.key("worstPairs")
    j.beginArray()
    for p in e.worstPairs.prefix(e.config.worstPairs) {
      let r = p.result
      j.beginObject()
      j.key("columns"); strings([e.names[p.first], e.names[p.second]], &j)
      j.field("sPMSE", number: r.sPMSE)
      j.key("groups")
      j.beginArray()
      strings(r.labels[0].map { $0.english }, &j)
      strings(r.labels[1].map { $0.english }, &j)
      j.endArray()
      j.key("cells")
      j.beginArray()
      for (k, cell) in r.cells.enumerated() {
        let g = r.groups(ofCell: cell)
        j.beginArray()
        j.int(g[0]); j.int(g[1]); j.int(r.real[k]); j.int(r.synthetic[k]); j.number(r.zdiff[k])
        j.endArray()
      }
      j.endArray()
      j.endObject()
    }
    j.endArray()
  }

  private static func associations(_ e: Evaluation, _ j: inout JSONWriter) {
    let a = e.associations
    j.key("associations")
    j.beginObject()
    j.key("measure")
    j.beginArray()
    for row in a.measure {
      j.beginArray()
      for m in row {
        switch m {
        case .pearson: j.string("pearson")
        case .spearman: j.string("spearman")
        case .cramersV: j.string("cramersV")
        case .correlationRatio: j.string("correlationRatio")
        case .none: j.null()
        }
      }
      j.endArray()
    }
    j.endArray()
    j.key("real"); matrix(a.realAssociation, &j)
    j.key("synthetic"); matrix(a.syntheticAssociation, &j)
    j.key("realPearson"); matrix(a.realPearson, &j)
    j.key("syntheticPearson"); matrix(a.syntheticPearson, &j)
    j.key("realSpearman"); matrix(a.realSpearman, &j)
    j.key("syntheticSpearman"); matrix(a.syntheticSpearman, &j)
    j.endObject()
  }

  private static func propensity(_ p: PropensityUtility, _ j: inout JSONWriter) {
    j.beginObject()
    j.field("model", p.model.rawValue)
    j.field("pMSE", number: p.pMSE)
    j.field("sPMSE", number: p.sPMSE)
    j.field("nullPMSE", number: p.nullPMSE)
    j.field("parameters", p.parameters)
    j.field("permutations", p.permutations)
    j.field("iterations", p.iterations)
    j.field("converged", p.converged)
    j.field("specks", number: p.specks)
    j.field("po50", number: p.po50)
    j.key("pooled"); strings(p.pooled.map { $0.english }, &j)
    j.key("skipped"); strings(p.skipped.map { $0.english }, &j)
    j.endObject()
  }

  private static func specific(_ s: SpecificUtility, _ j: inout JSONWriter) {
    j.beginObject()
    j.field("target", s.target)
    j.field("task", s.task.rawValue)
    j.field("trainRows", s.trainRows)
    j.field("testRows", s.testRows)
    j.field("syntheticRows", s.syntheticRows)
    if s.task == .classification {
      j.field("accuracyReal", number: s.accuracyReal)
      j.field("accuracySynthetic", number: s.accuracySynthetic)
      j.field("aucReal", number: s.aucReal)
      j.field("aucSynthetic", number: s.aucSynthetic)
      j.field("baselineAccuracy", number: s.baselineAccuracy)
    } else {
      j.field("rmseReal", number: s.rmseReal)
      j.field("rmseSynthetic", number: s.rmseSynthetic)
      j.field("baselineRMSE", number: s.baselineRMSE)
      j.field("meanCIOverlap", number: s.meanCIOverlap)
      j.key("coefficients")
      j.beginArray()
      for c in s.coefficients {
        j.beginObject()
        j.field("term", c.term.english)
        j.field("real", number: c.realEstimate)
        j.field("realSE", number: c.realSE)
        j.field("synthetic", number: c.syntheticEstimate)
        j.field("syntheticSE", number: c.syntheticSE)
        j.field("standardisedDifference", number: c.standardisedDifference)
        j.field("ciOverlap", number: c.ciOverlap)
        j.endObject()
      }
      j.endArray()
    }
    j.endObject()
  }

  private static func disclosure(_ e: Evaluation, _ j: inout JSONWriter) {
    let i = e.identity, k = e.attribute
    j.key("disclosure")
    j.beginObject()
    j.field("identicalShare", number: e.identicalShare)
    j.field("identicalBaseline", number: e.identicalBaseline)
    j.key("identityKeys"); strings(i.keys, &j)
    j.key("attributeKeys"); strings(k.keys, &j)
    j.key("target"); j.optionalString(k.target)
    let values: [(String, Double)] = [
      ("UiO", i.uniqueInReal), ("UiS", i.uniqueInSynthetic), ("UiOiS", i.uniqueInRealFoundInSynthetic), ("repU", i.repU),
      ("Dorig", k.dOrig), ("Dsyn", k.dSyn), ("iS", k.iS), ("DiS", k.diS), ("DiSCO", k.disco), ("DiSDiO", k.disDiO),
      ("baseCAPd", k.baseCAPd), ("CAPd", k.capD), ("CAPs", k.capS), ("DCAP", k.dcap), ("TCAP", k.tcap),
    ]
    for (name, value) in values { j.field(name, number: value) }
    j.field("replicatedUniques", i.replicatedUniqueCount)
    let n = e.nearCopies
    j.key("nearCopies")
    j.beginObject()
    j.field("differing", n.differing)
    j.field("requested", n.requested)
    j.field("keySets", n.keySets)
    j.field("share", number: n.syntheticShare)
    j.field("baseline", number: n.baselineShare)
    j.field("shareAgainstHalf", number: n.syntheticHalfShare)
    j.field("repU", number: n.repU)
    j.field("replicatedUniques", n.replicatedUniqueCount)
    j.field("uniqueInReal", n.uniqueInRealCount)
    j.field("copiesOfUniques", n.copiesOfUniques)
    j.field("flagged", n.flagged)
    j.endObject()
    let d = e.distances
    j.key("distances")
    j.beginObject()
    j.field("sampleSize", d.sampleSize)
    j.key("seed"); j.rawNumber(String(d.seed))
    j.field("referenceRows", d.referenceRows)
    for (name, s) in [("synthetic", d.synthetic), ("realBaseline", d.realBaseline)] {
      j.key(name)
      j.beginObject()
      j.field("p5", number: s.p5)
      j.field("median", number: s.median)
      j.field("mean", number: s.mean)
      j.endObject()
    }
    j.field("shareBelowBaselineP5", number: d.shareBelowBaselineP5)
    j.field("exactMatchShare", number: d.exactMatchShare)
    j.field("baselineExactMatchShare", number: d.baselineExactMatchShare)
    j.field("flagged", d.flagged)
    j.endObject()
    j.key("holdout")
    if let h = e.holdout {
      j.beginObject()
      j.field("sampleSize", h.sampleSize)
      j.field("shareCloserToTraining", number: h.shareCloserToTraining)
      j.field("closer", h.closer)
      j.field("farther", h.farther)
      j.field("ties", h.ties)
      j.field("meanDistanceTraining", number: h.meanDistanceTraining)
      j.field("meanDistanceHoldout", number: h.meanDistanceHoldout)
      j.field("copiedOutliers", h.copiedOutliers)
      j.field("outlierCandidates", h.outlierCandidates)
      j.field("flagged", h.flagged)
      j.endObject()
    } else {
      j.null()
    }
    j.endObject()
  }
}
