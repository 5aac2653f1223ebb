import Testing

@testable import SynthCore

/// `--model` formulas: what they read as, and where and why a wrong one fails, in both languages.
struct ModelFormulaTests {
  func terms(_ f: ModelFormula) -> [[String]] { f.terms.map { $0.map { $0.name } } }

  @Test func readsAsRWritesIt() throws {
    let f = try ModelFormula("wage ~ age + sex + age:sex")
    #expect(f.outcome == .init(name: "wage", at: 1))
    #expect(terms(f) == [["age"], ["sex"], ["age", "sex"]])
    #expect(f.intercept && !f.allOthers)
    // a*b is a + b + a:b; interactions after main effects (R's order); b:a is a:b.
    #expect(terms(try ModelFormula("y ~ a:b + c * d + b:a")) == [["c"], ["d"], ["a", "b"], ["c", "d"]])
    #expect(terms(try ModelFormula("y ~ a * b * c")) == [["a"], ["b"], ["c"], ["a", "b"], ["a", "c"], ["b", "c"], ["a", "b", "c"]])
    #expect(try ModelFormula("y ~ .").allOthers)
    #expect(try !ModelFormula("y ~ a - 1").intercept)
    #expect(try !ModelFormula("y ~ 0 + a").intercept)
    #expect(try !ModelFormula("y ~ a + 0").intercept)
    #expect(try ModelFormula("y ~ a + 1").intercept)
    // Quoted names with spaces, and names with dots as R allows.
    let q = try ModelFormula("'net wage' ~ `age group` + wage.log")
    #expect(q.outcome.name == "net wage")
    #expect(terms(q) == [["age group"], ["wage.log"]])
  }

  @Test func mistakesSayWhereInBothLanguages() {
    let cases: [(String, Int, String, String)] = [
      ("wage age", 6, "expected '~' after the outcome, not the name 'age'", "'~' verwacht na de uitkomst, niet de naam 'age'"),
      ("wage ~ age +", 13, "expected a column name, not the end of the model", "de naam van een kolom verwacht, niet het einde van het model"),
      ("wage ~ age sex", 12, "expected '+' or ':' between two terms, not the name 'sex'", "'+' of ':' verwacht tussen twee termen, niet de naam 'sex'"),
      ("wage ~ age % 2", 12, "'%' is not part of a model formula", "'%' hoort niet bij een modelformule"),
      ("wage ~ age - sex", 14, "only the intercept can be left out ('- 1'); leave the term out of the model instead",
       "alleen de constante kan worden weggelaten ('- 1'); laat de term in plaats daarvan uit het model"),
      ("wage ~ age + wage", 14, "column 'wage' is the outcome and cannot also be a predictor", "kolom 'wage' is de uitkomst en kan niet ook een voorspeller zijn"),
      ("wage ~ age:age", 12, "column 'age' is named twice in one interaction", "kolom 'age' staat twee keer in één interactie"),
      ("wage ~ 'age", 8, "this quote is not closed", "dit aanhalingsteken wordt niet gesloten"),
      ("", 1, "a model needs an outcome, '~' and predictors: y ~ a + b", "een model heeft een uitkomst, '~' en voorspellers nodig: y ~ a + b"),
    ]
    for (text, position, english, dutch) in cases {
      guard let e = ModelFormula.firstError([text]) else {
        Issue.record("'\(text)' was read")
        continue
      }
      #expect(e.position == position, "\(text)")
      #expect(e.message.english == english, "\(text)")
      #expect(Wording(language: .nl)(e.message) == dutch, "\(text)")
    }
  }

  @Test func bindingErrorsNameTheColumn() throws {
    let t = try Table.read(Array("wage,age,town\n1.5,30,a\n2.5,41,b\n3.5,52,a\n4.5,33,c\n".utf8), file: "t.csv")
    func message(_ text: String, family: GLMFamily? = nil) -> (String, String)? {
      do {
        _ = try ModelDesign(try ModelFormula(text), family: family, real: t, copies: [])
        return nil
      } catch {
        return (EvaluationError.model(error).english, EvaluationError.model(error).dutch)
      }
    }
    #expect(message("wage ~ agee")! == (
      "model 'wage ~ agee', at character 8: there is no column 'agee'; did you mean 'age'?",
      "model 'wage ~ agee', bij teken 8: er is geen kolom 'agee'; bedoelt u 'age'?"))
    #expect(message("town ~ age")! == (
      "model 'town ~ age', at character 1: the gaussian family needs a numeric outcome, and 'town' holds categories; for two categories use --family binomial",
      "model 'town ~ age', bij teken 1: de gaussische familie heeft een numerieke uitkomst nodig, en 'town' bevat categorieën; gebruik voor twee categorieën --family binomial"))
    #expect(message("wage ~ age", family: .binomial)!.0 == "model 'wage ~ age', at character 1: the binomial family needs an outcome of 0 and 1, true and false, or two categories; 'wage' has 1.5")
    #expect(message("wage ~ age + town") == nil)
  }

  @Test func optionRefusesAWrongFormulaBeforeReading() {
    var a = Arguments(["r.csv", "s.csv", "--model", "wage ~ age +"], command: "evaluate")
    do {
      _ = try EvaluationOptionFlags(&a)
      Issue.record("no error")
    } catch {
      #expect(error.message.english == "option '--model': model 'wage ~ age +', at character 13: expected a column name, not the end of the model")
      #expect(Wording(language: .nl)(error.message) == "optie '--model': model 'wage ~ age +', bij teken 13: de naam van een kolom verwacht, niet het einde van het model")
    }
  }
}

extension ModelFormulaTests {
  /// `y ~ .` on a wide table stops at the parameter limit with a message, quickly.
  @Test func wideTableStopsAtTheParameterLimit() throws {
    var text = "y"
    for i in 0..<2000 { text += ",c\(i)" }
    text += "\n"
    for r in 0..<5 {
      text += "\(Double(r) + 0.5)"
      for i in 0..<2000 { text += ",\((i + r) % 7)" }
      text += "\n"
    }
    let t = try Table.read(Array(text.utf8), file: "wide.csv")
    do {
      _ = try ModelDesign(try ModelFormula("y ~ ."), family: .gaussian, real: t, copies: [])
      Issue.record("no error")
    } catch {
      #expect(error.message.english.hasPrefix("the model has 401 coefficients, more than the 400 allowed"))
    }
  }
}
