extension ReportBuilder {
  func disclosure() -> ReportSection {
    let e = evaluation
    let i = e.identity, k = e.attribute
    let d = e.distances
    var blocks: [ReportBlock] = [
      .paragraph(w(
        "Synthetic rows are made up, but a synthetic row can still sit very close to a real person, or repeat what only one person has. These measures look for that. No measure proves that data are anonymous; they show where to look.",
        "Synthetische rijen zijn verzonnen, maar een synthetische rij kan toch heel dicht bij een echt persoon liggen, of herhalen wat maar één persoon heeft. Deze maten zoeken daarnaar. Geen maat bewijst dat data anoniem zijn; ze laten zien waar je moet kijken.")),
    ]
    blocks += privacyVerdicts()

    blocks.append(.heading(w("Identity disclosure", "Identiteitsonthulling")))
    let keys = e.config.keys.isEmpty ? w("all columns", "alle kolommen") : e.config.keys.joined(separator: ", ")
    blocks.append(.paragraph(w(
      "synthpop's disclosure measures with the key \(keys). A record is unique when no other record shares its key. repU counts real records that are unique and appear exactly once in the synthetic data: a synthetic copy of a unique person.",
      "De onthullingsmaten van synthpop met de sleutel \(keys). Een record is uniek als geen ander record dezelfde sleutel heeft. repU telt echte records die uniek zijn en precies één keer in de synthetische data voorkomen: een synthetische kopie van een uniek persoon.")))
    if e.nearCopies.differing > 0 {
      blocks.append(.paragraph(w(
        "A synthetic row that matches a real person on all but one or two columns singles them out almost as well as an identical row. The last four rows of the table count such near-copies on \(w.count(e.nearCopies.keySets)) key sets: \(keySetList(e.nearCopies.differing)). A real record is a replicated unique when, on one of these key sets, no other real record shares its values and exactly one synthetic row does.",
        "Een synthetische rij die op één of twee kolommen na gelijk is aan een echt persoon, wijst die bijna net zo goed aan als een identieke rij. De laatste vier rijen van de tabel tellen zulke bijna-kopieën op \(w.count(e.nearCopies.keySets)) sleutelsets: \(keySetList(e.nearCopies.differing)). Een echt record is een gerepliceerd uniek record als op een van die sleutelsets geen ander echt record dezelfde waarden heeft en precies één synthetische rij wel.")))
    }
    blocks.append(.table(ReportTable(
      header: [w("Measure", "Maat"), w("Value", "Waarde"), w("Meaning", "Betekenis")], numeric: [false, true, false],
      rows: [
        [ReportCell(w("Identical rows", "Identieke rijen")), ReportCell(w.percent(e.identicalShare, decimals: 2)), ReportCell(w("synthetic rows equal to some real row", "synthetische rijen gelijk aan een echte rij"))],
        [ReportCell(w("Identical rows, two real halves", "Identieke rijen, twee echte helften")), ReportCell(w.percent(e.identicalBaseline, decimals: 2)), ReportCell(w("the same between two random halves of the real data", "hetzelfde tussen twee willekeurige helften van de echte data"))],
        [ReportCell("UiO"), ReportCell(w.percentValue(i.uniqueInReal)), ReportCell(w("real records unique on the key", "echte records uniek op de sleutel"))],
        [ReportCell("UiS"), ReportCell(w.percentValue(i.uniqueInSynthetic)), ReportCell(w("synthetic records unique on the key", "synthetische records uniek op de sleutel"))],
        [ReportCell("UiOiS"), ReportCell(w.percentValue(i.uniqueInRealFoundInSynthetic)), ReportCell(w("real uniques whose key occurs in the synthetic data", "echte unieke records waarvan de sleutel in de synthetische data voorkomt"))],
        [ReportCell("repU", bold: true), ReportCell(w.percentValue(i.repU), bold: true), ReportCell(w("real uniques that are also unique in the synthetic data", "echte unieke records die ook in de synthetische data uniek zijn"))],
      ] + nearCopyRows(), widths: [2.6, 1.3, 5])))

    if let target = k.target {
      blocks.append(.heading(w("Attribute disclosure", "Attribuutonthulling")))
      let known = e.config.keys.isEmpty ? w("all other columns", "alle andere kolommen") : keys
      blocks.append(.paragraph(w(
        "Someone who knows a person's \(known) looks them up in the synthetic data to learn their \(target). DiSCO is the share of real records for which the synthetic rows with that key all give one value of \(target), and it is the true one. Dorig is the same within the real data itself: what an attacker with the real data would learn.",
        "Iemand die van een persoon \(known) kent, zoekt die op in de synthetische data om \(target) te weten te komen. DiSCO is het aandeel echte records waarvoor de synthetische rijen met die sleutel allemaal één waarde van \(target) geven, en die klopt. Dorig is hetzelfde binnen de echte data zelf: wat iemand met de echte data zou leren.")))
      let rows: [(String, Double, String)] = [
        ("Dorig", k.dOrig, w("real records whose key determines the target in the real data", "echte records waarvan de sleutel het doel in de echte data vastlegt")),
        ("Dsyn", k.dSyn, w("the same for synthetic records in the synthetic data", "hetzelfde voor synthetische records in de synthetische data")),
        ("iS", k.iS, w("real records whose key occurs in the synthetic data", "echte records waarvan de sleutel in de synthetische data voorkomt")),
        ("DiS", k.diS, w("… and there determines one target value", "… en daar één doelwaarde vastlegt")),
        ("DiSCO", k.disco, w("… and that value is correct", "… en die waarde klopt")),
        ("DiSDiO", k.disDiO, w("… and the key also determines it in the real data", "… en de sleutel legt die ook in de echte data vast")),
        ("baseCAPd", k.baseCAPd, w("chance of guessing right from the target's shares alone", "kans op goed raden alleen uit de aandelen van het doel")),
        ("CAPd", k.capD, w("chance of guessing right with the real data", "kans op goed raden met de echte data")),
        ("CAPs", k.capS, w("the same within the synthetic data", "hetzelfde binnen de synthetische data")),
        ("DCAP", k.dcap, w("chance of guessing a real record right with the synthetic data", "kans op goed raden van een echt record met de synthetische data")),
        ("TCAP", k.tcap, w("the same among real records whose key occurs in the synthetic data", "hetzelfde onder echte records waarvan de sleutel in de synthetische data voorkomt")),
      ]
      blocks.append(.table(ReportTable(
        header: [w("Measure", "Maat"), w("Value", "Waarde"), w("Meaning", "Betekenis")], numeric: [false, true, false],
        rows: rows.map { [ReportCell($0.0, bold: $0.0 == "DiSCO"), ReportCell(w.percentValue($0.1), bold: $0.0 == "DiSCO"), ReportCell($0.2)] },
        widths: [2, 1.3, 5.6])))
    }

    blocks.append(.heading(w("Distance to closest record", "Afstand tot het dichtstbijzijnde record")))
    blocks.append(.paragraph(w(
      "The Gower distance between two rows is the mean over columns of the difference: for numbers the absolute difference divided by the real range (at most 1), for categories 0 when equal and 1 otherwise; missing matches missing. \(w.count(d.syntheticQueries)) synthetic rows and \(w.count(d.baselineQueries)) real rows were drawn (seed \(d.seed)) and each was compared with all \(w.count(d.referenceRows)) real rows, exactly: the real rows with every other real row, as a baseline for how close people are to each other anyway.",
      "De Gower-afstand tussen twee rijen is het gemiddelde verschil over de kolommen: bij getallen het absolute verschil gedeeld door het echte bereik (hoogstens 1), bij categorieën 0 als ze gelijk zijn en anders 1; ontbrekend is gelijk aan ontbrekend. Er zijn \(w.count(d.syntheticQueries)) synthetische en \(w.count(d.baselineQueries)) echte rijen getrokken (seed \(d.seed)) en elk is exact vergeleken met alle \(w.count(d.referenceRows)) echte rijen: de echte rijen met elke andere echte rij, als maatstaf voor hoe dicht mensen sowieso bij elkaar liggen.")))
    blocks.append(.table(ReportTable(
      header: ["", w("5th percentile", "5e percentiel"), w("Median", "Mediaan"), w("Mean", "Gemiddelde"), w("Exact matches", "Exacte kopieën")],
      numeric: [false, true, true, true, true],
      rows: [
        [ReportCell(w("Synthetic to real", "Synthetisch naar echt")), ReportCell(w.number(d.synthetic.p5, decimals: 4)), ReportCell(w.number(d.synthetic.median, decimals: 4)), ReportCell(w.number(d.synthetic.mean, decimals: 4)), ReportCell(w.percent(d.exactMatchShare))],
        [ReportCell(w("Real to other real", "Echt naar ander echt")), ReportCell(w.number(d.realBaseline.p5, decimals: 4)), ReportCell(w.number(d.realBaseline.median, decimals: 4)), ReportCell(w.number(d.realBaseline.mean, decimals: 4)), ReportCell(w.percent(d.baselineExactMatchShare))],
      ], widths: [3, 1.6, 1.6, 1.6, 1.8])))

    if let h = e.holdout {
      blocks.append(.heading(w("Holdout test", "Holdout-toets")))
      blocks.append(.paragraph(w(
        "The synthesiser saw only a random half of the real rows (training); the other half was held back. Synthetic data that learned patterns, not people, sit as close to the held-back half as to the training half (DUO's privacy evaluation): the share closer to training should be near 50%. A copied outlier is a real training row far from every other real row (beyond the 95th percentile) with a synthetic row within Gower distance 0.005.",
        "De synthesizer zag maar een willekeurige helft van de echte rijen (training); de andere helft is achtergehouden. Synthetische data die patronen leerden en geen personen, liggen even dicht bij de achtergehouden helft als bij de trainingshelft (de privacy-evaluatie van DUO): het aandeel dichter bij training hoort bij 50% te liggen. Een gekopieerde uitschieter is een echte trainingsrij ver van elke andere echte rij (voorbij het 95e percentiel) met een synthetische rij binnen Gower-afstand 0,005.")))
      blocks.append(.facts([
        ReportFact(term: w("Closer to training", "Dichter bij training"), value: w.percent(h.shareCloserToTraining) + " (" + w.count(h.closer) + " / " + w.count(h.farther) + " / " + w.count(h.ties) + w(" closer / farther / tied)", " dichter / verder / gelijk)")),
        ReportFact(term: w("Mean distance", "Gemiddelde afstand"), value: w("training ", "training ") + w.number(h.meanDistanceTraining, decimals: 4) + ", holdout " + w.number(h.meanDistanceHoldout, decimals: 4)),
        ReportFact(term: w("Copied outliers", "Gekopieerde uitschieters"), value: w.count(h.copiedOutliers) + w(" of \(w.count(h.outlierCandidates)) outliers among \(w.count(h.trainingQueries)) sampled training rows", " van \(w.count(h.outlierCandidates)) uitschieters onder \(w.count(h.trainingQueries)) getrokken trainingsrijen")),
      ]))
    }
    return ReportSection(id: "privacy", title: w("Disclosure risk", "Onthullingsrisico"), blocks: blocks)
  }

  /// "all key columns, and every set of all of them but one".
  func keySetList(_ differing: Int) -> String {
    let all = evaluation.config.keys.isEmpty ? w("all columns", "alle kolommen") : w("all key columns", "alle sleutelkolommen")
    return differing == 1
      ? all + w(", and every set of all of them but one", ", en elke set van alle op één na")
      : all + w(", and every set of all of them but up to \(differing)", ", en elke set van alle op ten hoogste \(differing) na")
  }

  /// The identity table's rows for near-copies (none when only identical rows count).
  func nearCopyRows() -> [[ReportCell]] {
    let n = evaluation.nearCopies
    guard n.differing > 0 else { return [] }
    let but = n.differing == 1 ? w("all but one column", "alle kolommen op één na") : w("all but \(n.differing) columns", "alle kolommen op \(n.differing) na")
    return [
      [ReportCell(w("Near-copies", "Bijna-kopieën")), ReportCell(w.percent(n.syntheticShare, decimals: 2)), ReportCell(w("synthetic rows equal to some real row on \(but) or more", "synthetische rijen gelijk aan een echte rij op \(but) of meer"))],
      [ReportCell(w("Near-copies, against one real half", "Bijna-kopieën, tegen één echte helft")), ReportCell(w.percent(n.syntheticHalfShare, decimals: 2)), ReportCell(w("the same against a random half of the real data", "hetzelfde tegen een willekeurige helft van de echte data"))],
      [ReportCell(w("Near-copies, two real halves", "Bijna-kopieën, twee echte helften")), ReportCell(w.percent(n.baselineShare, decimals: 2)), ReportCell(w("real rows of the other half that match that half", "echte rijen uit de andere helft die met die helft overeenkomen"))],
      [ReportCell(w("repU, \(but)", "repU, \(but)"), bold: true), ReportCell(w.percentValue(n.repU), bold: true), ReportCell(w("real records unique on a key set that appear exactly once in the synthetic data on it", "echte records uniek op een sleutelset die daarop precies één keer in de synthetische data voorkomen"))],
    ]
  }

  func method() -> ReportSection {
    var blocks: [ReportBlock] = []
    if context.method == .cart {
      blocks.append(.paragraph(w(
        "The synthetic data were made with sequential CART, as in R's synthpop. Columns are synthesised one after another. The first is drawn from its real values. For each next column a decision tree is fitted on the real data, with the columns before it as predictors; every synthetic row falls into a leaf of that tree by its synthetic values so far, and takes the value of a randomly chosen real row (a donor) in that leaf. Missing values are modelled as values of their own, so they keep their real rates and relations.",
        "De synthetische data zijn gemaakt met sequentiële CART, zoals in synthpop voor R. Kolommen worden een voor een gesynthetiseerd. De eerste wordt getrokken uit haar echte waarden. Voor elke volgende kolom wordt een beslisboom op de echte data geschat, met de eerdere kolommen als voorspellers; elke synthetische rij valt met haar synthetische waarden tot dan toe in een blad van die boom, en neemt de waarde over van een willekeurige echte rij (een donor) in dat blad. Ontbrekende waarden worden als eigen waarden gemodelleerd, zodat ze hun echte aandelen en verbanden houden.")))
    } else if context.method == .gc {
      blocks.append(.paragraph(w(
        "The synthetic data were made with a Gaussian copula. Each column is turned into normal scores through its own distribution: numbers by their rank, categories by an interval of [0, 1] as wide as their share, missing values by a separate observed-or-missing dimension. The correlations of these scores are estimated, new scores are drawn from a multivariate normal distribution with those correlations, and each is turned back into a value through the column's own distribution. Every column keeps its distribution almost exactly; one copula keeps monotone relations, but weakens relations that go up and then down, or that depend on a third column.",
        "De synthetische data zijn gemaakt met een Gaussische copula. Elke kolom wordt via haar eigen verdeling omgezet in normale scores: getallen via hun rang, categorieën via een interval van [0, 1] zo breed als hun aandeel, ontbrekende waarden via een aparte dimensie waargenomen-of-ontbrekend. De correlaties van deze scores worden geschat, nieuwe scores worden getrokken uit een meerdimensionale normale verdeling met die correlaties, en elke score wordt via de eigen verdeling van de kolom teruggezet in een waarde. Elke kolom houdt haar verdeling vrijwel precies; één copula houdt monotone verbanden, maar verzwakt verbanden die eerst stijgen en dan dalen, of die van een derde kolom afhangen.")))
      if let strata = context.copulaStrata {
        let columns = strata.columns.map { "‘\($0)’" }.joined(separator: ", ")
        blocks.append(.paragraph(w(
          "The copula was fitted separately in \(w.count(strata.count)) strata: groups of at least \(w.count(strata.minimumRows)) real rows that share their values of \(columns). A shallow tree chose these columns, each time the one whose categories tell most about the other columns. Within a stratum every column has the distribution it has among the stratum's rows, so relations with these columns are kept whatever their shape, and the copula keeps the rest. Synthetic rows are shared over the strata in proportion to their real rows.",
          "De copula is apart geschat in \(w.count(strata.count)) strata: groepen van ten minste \(w.count(strata.minimumRows)) echte rijen met dezelfde waarden van \(columns). Een ondiepe boom koos deze kolommen, steeds de kolom waarvan de categorieën het meest zeggen over de andere kolommen. Binnen een stratum heeft elke kolom de verdeling die ze onder de rijen van dat stratum heeft, zodat verbanden met deze kolommen behouden blijven, welke vorm ze ook hebben, en de copula houdt de rest. Synthetische rijen worden over de strata verdeeld naar hun aantal echte rijen.")))
      }
    } else {
      blocks.append(.paragraph(w(
        "This report compares two files: it does not know how the synthetic data were made. The measures apply to any method.",
        "Dit rapport vergelijkt twee bestanden: het weet niet hoe de synthetische data zijn gemaakt. De maten gelden voor elke methode.")))
    }
    blocks.append(.heading(w("Limits", "Beperkingen")))
    blocks.append(.list([
      w("Synthetic data are not anonymous by definition. Donor values are real values: a rare value or combination can reappear. Check the disclosure section, and leave out or coarsen columns that identify people before sharing.",
        "Synthetische data zijn niet vanzelf anoniem. Donorwaarden zijn echte waarden: een zeldzame waarde of combinatie kan terugkomen. Bekijk de sectie over onthulling en laat kolommen die mensen herkenbaar maken weg of maak ze grover voordat u deelt."),
      w("Good utility on these measures does not promise that every analysis gives the real answer: relations among three or more columns, small subgroups and extreme values are kept less well than the marginal distributions and pairs checked here.",
        "Goede bruikbaarheid op deze maten belooft niet dat elke analyse het echte antwoord geeft: verbanden tussen drie of meer kolommen, kleine subgroepen en extreme waarden blijven minder goed bewaard dan de verdelingen en paren die hier getoetst zijn."),
      w("S_pMSE depends on how numbers are grouped (here in \(evaluation.config.groups) quantile groups) and has a random spread: with many columns, a few values above 3 are expected by chance.",
        "S_pMSE hangt af van hoe getallen gegroepeerd worden (hier in \(evaluation.config.groups) kwantielgroepen) en heeft toevallige spreiding: bij veel kolommen zijn een paar waarden boven 3 door toeval te verwachten."),
      w("Distances are computed exactly, but on a sample of rows; repeated with another seed they change a little.",
        "Afstanden worden exact berekend, maar op een steekproef van rijen; met een andere seed veranderen ze iets."),
      w("Everything was computed on this computer; no data left it.", "Alles is op deze computer berekend; er zijn geen data verstuurd."),
    ]))
    return ReportSection(id: "method", title: w("How the method works and its limits", "Hoe de methode werkt en haar beperkingen"), blocks: blocks)
  }

  func glossary() -> ReportSection {
    let terms: [(String, String, String)] = [
      ("S_pMSE", "Standardised propensity mean squared error: how well real and synthetic rows can be told apart, divided by what chance gives. About 1 is ideal; below 3 good, below 10 acceptable.",
        "Gestandaardiseerde gemiddelde gekwadrateerde fout van de propensityscores: hoe goed echte en synthetische rijen te onderscheiden zijn, gedeeld door wat toeval geeft. Ongeveer 1 is ideaal; onder 3 goed, onder 10 acceptabel."),
      ("pMSE", "Mean squared difference between each row's predicted probability of being synthetic and the share of synthetic rows.", "Gemiddeld gekwadrateerd verschil tussen de voorspelde kans dat een rij synthetisch is en het aandeel synthetische rijen."),
      ("KS", "Kolmogorov–Smirnov statistic: the largest vertical gap between two cumulative distributions.", "Kolmogorov–Smirnov-statistiek: het grootste verticale verschil tussen twee cumulatieve verdelingen."),
      ("TVD", "Total variation distance: half the sum of the absolute differences between two sets of shares.", "Totale-variatieafstand: de helft van de som van de absolute verschillen tussen twee reeksen aandelen."),
      ("Cramér's V", "Strength of association between two categorical columns, from 0 (none) to 1.", "Sterkte van de samenhang tussen twee categorische kolommen, van 0 (geen) tot 1."),
      (w("Correlation ratio (eta)", "Correlatieverhouding (eta)"), "Correlation ratio: how much of a number's variance the categories of another column explain (square root), 0 to 1.", "Correlatieverhouding: hoeveel van de variantie van een getal de categorieën van een andere kolom verklaren (wortel), 0 tot 1."),
      ("AUC", "Area under the ROC curve: the chance that a model ranks a random positive case above a random negative one; 0.5 is guessing.", "Oppervlakte onder de ROC-curve: de kans dat een model een willekeurig positief geval boven een negatief plaatst; 0,5 is gokken."),
      ("RMSE", "Root mean squared error of predictions.", "Wortel van de gemiddelde gekwadrateerde voorspelfout."),
      ("repU", "Replicated uniques: real records unique on the key that are also unique in the synthetic data, as a percentage of real records.", "Gerepliceerde unieke records: echte records die uniek zijn op de sleutel en ook uniek in de synthetische data, als percentage van de echte records."),
      ("DiSCO", "Disclosive in synthetic, correct in original: real records whose key leads to one, correct, value of the target in the synthetic data.", "Onthullend in de synthetische data, juist in het origineel: echte records waarvan de sleutel in de synthetische data naar één, juiste, waarde van het doel leidt."),
      ("Gower", "A distance for mixed data: the mean of per-column differences scaled to 0…1.", "Een afstand voor gemengde data: het gemiddelde van de verschillen per kolom, geschaald naar 0…1."),
      ("DCR", "Distance to closest record: a row's Gower distance to the nearest real row.", "Afstand tot het dichtstbijzijnde record: de Gower-afstand van een rij tot de dichtstbijzijnde echte rij."),
      ("CART", "Classification and regression trees: models that split the data by one column at a time.", "Classificatie- en regressiebomen: modellen die de data telkens op één kolom splitsen."),
      (w("Seed", "Seed"), "The number that starts the random generator: the same data, settings and seed give the same synthetic data and report.", "Het getal waarmee de toevalsgenerator start: dezelfde data, instellingen en seed geven dezelfde synthetische data en hetzelfde rapport."),
    ]
    return ReportSection(id: "glossary", title: w("Glossary", "Woordenlijst"), blocks: [.facts(terms.map { ReportFact(term: $0.0, value: w($0.1, $0.2)) })])
  }
}
