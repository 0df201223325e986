package org.sitrep.bench;

import java.util.List;
import org.sitrep.model.TimeExpr;

/**
 * Counts for the TempEval-3 timex measures, following the official scorer (evaluate_entities.py): a
 * strict match has the same extent, a relaxed match overlaps; type and value are compared on
 * relaxed matches, and the attribute F1 is the attribute accuracy on relaxed matches times the
 * relaxed F1.
 */
final class TimexScore {
  int gold;
  int system;
  int strictRecall;
  int relaxedRecall;
  int strictPrecision;
  int relaxedPrecision;
  int typeMatch;
  int valueMatch;

  void add(TimeMlDocument doc, List<TimeExpr> found, StringBuilder errors) {
    gold += doc.timexes().size();
    system += found.size();
    for (TimeMlDocument.Timex g : doc.timexes()) {
      TimeExpr hit = null;
      for (TimeExpr s : found)
        if (s.start() < g.end() && s.end() > g.start()) {
          hit = s;
          break;
        }
      String goldText = doc.text().substring(g.start(), g.end()).replace('\n', ' ');
      if (hit == null) {
        if (errors != null)
          errors.append("MISS  ").append(goldText).append(" | ").append(g.value()).append('\n');
        continue;
      }
      relaxedRecall++;
      if (hit.start() == g.start() && hit.end() == g.end()) strictRecall++;
      else if (errors != null)
        errors
            .append("SPAN  ")
            .append(goldText)
            .append(" <> ")
            .append(hit.text().replace('\n', ' '))
            .append('\n');
      if (hit.type().equals(g.type())) typeMatch++;
      if (hit.value().equals(g.value())) valueMatch++;
      else if (errors != null) {
        errors
            .append("VALUE ")
            .append(goldText)
            .append(" | ")
            .append(g.value())
            .append(" <> ")
            .append(hit.text().replace('\n', ' '))
            .append(" | ")
            .append(hit.value())
            .append("  [dct ")
            .append(doc.creationDate())
            .append("]\n");
      }
    }
    for (TimeExpr s : found) {
      boolean relaxed = false, strict = false;
      for (TimeMlDocument.Timex g : doc.timexes()) {
        if (s.start() < g.end() && s.end() > g.start()) relaxed = true;
        if (s.start() == g.start() && s.end() == g.end()) strict = true;
      }
      if (relaxed) relaxedPrecision++;
      else if (errors != null) {
        String around =
            doc.text()
                .substring(
                    Math.max(0, s.start() - 40), Math.min(doc.text().length(), s.end() + 30));
        errors
            .append("EXTRA ")
            .append(s.text().replace('\n', ' '))
            .append(" | ")
            .append(s.value())
            .append("   <<")
            .append(around.replace('\n', ' '))
            .append(">>\n");
      }
      if (strict) strictPrecision++;
    }
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  double strictP() {
    return ratio(strictPrecision, system);
  }

  double strictR() {
    return ratio(strictRecall, gold);
  }

  double relaxedP() {
    return ratio(relaxedPrecision, system);
  }

  double relaxedR() {
    return ratio(relaxedRecall, gold);
  }

  double strictF1() {
    return f1(strictP(), strictR());
  }

  double relaxedF1() {
    return f1(relaxedP(), relaxedR());
  }

  double typeAccuracy() {
    return ratio(typeMatch, relaxedRecall);
  }

  double valueAccuracy() {
    return ratio(valueMatch, relaxedRecall);
  }

  double typeF1() {
    return typeAccuracy() * relaxedF1();
  }

  double valueF1() {
    return valueAccuracy() * relaxedF1();
  }
}
