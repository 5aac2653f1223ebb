import Testing

@testable import SynthCore

/// The evaluation reports one stage, "evaluating", from 0 to 1 with fractions that only grow, and
/// the measures are the same with or without anyone listening.
@Test(arguments: [false, true]) func theEvaluationReportsGrowingFractions(holdout: Bool) throws {
  let all = try sharedSample("weather", rows: 4000)
  let real = holdout ? all.selecting(rows: Array(0..<2000)) : all
  let held = holdout ? all.selecting(rows: Array(2000..<4000)) : nil
  let synthetic = try synthesize(real) { $0.seed = 5 }.copies[0]
  let aligned = AlignedTables.sameRun(real: real, synthetic: synthetic)
  let heldOut = held.map { h in h.selecting(columns: aligned.real.columnNames.map { h.column(named: $0)! }) }
  var config = EvaluationConfig()
  config.cartPropensity = .always
  config.permutations = 5
  let log = ProgressLog()
  let heard = try Evaluation.run(aligned, holdout: heldOut, config: config) { log.calls.append(($0, $1)) }
  #expect(log.calls.allSatisfy { $0.0 == "evaluating" })
  let fractions = log.calls.map { $0.1 }
  #expect(fractions.first == 0 && fractions.last == 1)
  #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 < $1 }, "\(fractions)")
  #expect(fractions.count > 30, "the bar moves within phases too: \(fractions.count) reports")
  // No phase takes more than a third of the bar in one step.
  #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $1 - $0 < 0.34 }, "\(fractions)")
  let silent = try Evaluation.run(aligned, holdout: heldOut, config: config)
  #expect(EvaluationJSON.document(heard, context: ReportContext()) == EvaluationJSON.document(silent, context: ReportContext()))
}

/// `synth` reports reading, typing, synthesising, evaluating and rendering, in that order, each
/// ending at 1; the output is the same without a listener.
@Test func synthReportsEveryStageInOrder() {
  var csv = "age,city,income\n"
  for i in 0..<600 { csv += "\(20 + i % 50),\(["Utrecht", "Delft", "Zwolle"][i % 3]),\(20_000 + (i * 7919) % 40_000)\n" }
  let bytes = Array(csv.utf8)
  let arguments = ["synth", "d.csv", "-o", "o.csv", "--metrics", "m.json", "--report", "r.pdf", "--html", "r.html"]
  let log = ProgressLog()
  let (heard, silent) = bytes.withUnsafeBufferPointer { buffer in
    let inputs = [InputFile(path: "d.csv", status: .ok, bytes: buffer)]
    return (Engine.run(arguments, inputs: inputs) { log.calls.append(($0, $1)) }, Engine.run(arguments, inputs: inputs))
  }
  #expect(heard.exitCode == 0)
  var stages: [String] = []
  for (stage, _) in log.calls where stages.last != stage { stages.append(stage) }
  #expect(stages == ["reading", "typing", "synthesising", "evaluating", "rendering"])
  for stage in stages { #expect(log.calls.last { $0.0 == stage }!.1 == 1, "\(stage)") }
  #expect(log.calls.filter { $0.0 == "rendering" }.map { $0.1 } == [0, 1.0 / 3, 2.0 / 3, 1])
  #expect(heard.files.map { $0.bytes } == silent.files.map { $0.bytes })
}
