package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GermEval reader: documents of 20 sentences, only outer PER, ORG and LOC scored. */
class GermanNerBenchmarkTest {
  @TempDir Path tmp;

  @Test
  void readsOuterPerOrgLocAndLeavesDerivativesPartsAndOthersOut() throws Exception {
    StringBuilder tsv = new StringBuilder();
    tsv.append("#\thttp://example.org\t[2010-07-04]\n")
        .append("1\tBoris\tB-PER\tO\n2\tPistorius\tI-PER\tO\n3\tbesucht\tO\tO\n")
        .append("4\tdeutsche\tB-LOCderiv\tO\n5\tSoldaten\tO\tO\n6\tin\tO\tO\n")
        .append("7\tLitauen\tB-LOC\tO\n8\t(\tO\tO\n9\tEU-Mitglied\tB-ORGpart\tO\n")
        .append("10\t)\tO\tO\n11\tmit\tO\tO\n12\tFaust\tB-OTH\tO\n13\t.\tO\tO\n\n");
    for (int i = 0; i < 20; i++) tsv.append("#\tx\n1\tDie\tO\tO\n2\tNATO\tB-ORG\tO\n\n");
    Path f = tmp.resolve("de.tsv");
    Files.writeString(f, tsv, StandardCharsets.UTF_8);
    List<GermanNerBenchmark.Doc> docs = GermanNerBenchmark.read(f, Integer.MAX_VALUE);
    assertEquals(2, docs.size(), "21 sentences: one full document of 20 and one of 1");
    GermanNerBenchmark.Doc d = docs.get(0);
    assertEquals(
        "Boris Pistorius besucht deutsche Soldaten in Litauen ( EU-Mitglied ) mit Faust .",
        d.text().substring(0, d.text().indexOf("\n\n")));
    assertEquals(
        Set.of(
            new NerBenchmark.Span(0, 15, "PER"),
            new NerBenchmark.Span(45, 52, "LOC"),
            new NerBenchmark.Span(d.text().indexOf("NATO"), d.text().indexOf("NATO") + 4, "ORG"),
            new NerBenchmark.Span(
                d.text().lastIndexOf("NATO"), d.text().lastIndexOf("NATO") + 4, "ORG")),
        d.gold().stream()
            .filter(
                s ->
                    s.start() < 80
                        || s.start() == d.text().indexOf("NATO")
                        || s.start() == d.text().lastIndexOf("NATO"))
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(2 + 19, d.gold().size(), "per, loc and 19 NATOs in the first document");
    Scores s =
        GermanNerBenchmark.typed(
            docs, List.of(Set.of(new NerBenchmark.Span(45, 52, "LOC")), Set.of()), 0, docs.size());
    assertEquals(1.0, s.precision("ALL"), 1e-9);
    assertEquals(
        0.25,
        s.recall("ALL"),
        1e-9,
        "(type, text) sets: PER, LOC and NATO in the first, NATO in the second");
  }

  @Test
  void carriesEntitiesOntoTheTasksTokens() {
    // "Darmstadt/Berlin ist DFB. nah": tokens Darmstadt/Berlin, ist, DFB., nah.
    List<int[]> toks =
        List.of(new int[] {0, 16}, new int[] {17, 20}, new int[] {21, 25}, new int[] {26, 29});
    Set<NerBenchmark.Span> pred =
        Set.of(
            new NerBenchmark.Span(0, 9, "LOC"),
            new NerBenchmark.Span(10, 16, "LOC"),
            new NerBenchmark.Span(21, 24, "ORG"));
    assertEquals(
        Set.of(new NerBenchmark.Span(0, 16, "LOC"), new NerBenchmark.Span(21, 25, "ORG")),
        GermanNerBenchmark.project(toks, pred));
    // An entity that starts inside a token owns it; two entities over two tokens stay two.
    assertEquals(
        Set.of(new NerBenchmark.Span(0, 16, "LOC"), new NerBenchmark.Span(17, 20, "PER")),
        GermanNerBenchmark.project(
            toks,
            Set.of(new NerBenchmark.Span(10, 16, "LOC"), new NerBenchmark.Span(17, 20, "PER"))));
  }

  @Test
  void partsAAndBSplitTheTuneHalfByPositionWithNothingInCommon() {
    List<Integer> a = GermanNerBenchmark.part(7, "a"), b = GermanNerBenchmark.part(7, "b");
    assertEquals(List.of(0, 2, 4, 6), a);
    assertEquals(List.of(1, 3, 5), b);
    java.util.Set<Integer> all = new java.util.HashSet<>(a);
    all.addAll(b);
    assertEquals(7, all.size(), "every tune document in exactly one part");
  }
}
