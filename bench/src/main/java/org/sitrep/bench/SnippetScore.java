package org.sitrep.bench;

import java.util.List;

/**
 * Trafilatura's snippet metric: after collapsing whitespace, each expected snippet found in the
 * output is a true positive, each unwanted snippet found a false positive; failures count as empty
 * output.
 */
public final class SnippetScore {
  private long tp, fp, fn, tn;

  /** Adds one page; {@code extracted} null means the extractor failed. */
  public void add(List<String> with, List<String> without, String extracted) {
    int hitWith = 0, hitWithout = 0;
    if (extracted != null) {
      String text = norm(extracted);
      for (String w : with) if (text.contains(norm(w))) hitWith++;
      for (String w : without) if (text.contains(norm(w))) hitWithout++;
    }
    tp += hitWith;
    fn += with.size() - hitWith;
    fp += hitWithout;
    tn += without.size() - hitWithout;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double accuracy() {
    long all = tp + fp + fn + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  public double f1() {
    long d = 2 * tp + fp + fn;
    return d == 0 ? 0 : 2.0 * tp / d;
  }

  public long truePositives() {
    return tp;
  }

  public long falsePositives() {
    return fp;
  }

  public long falseNegatives() {
    return fn;
  }

  public long trueNegatives() {
    return tn;
  }

  /**
   * Python's {@code re.sub(r"\s+", " ", s).strip()}: its {@code \s} is Unicode whitespace
   * (str.isspace), which also covers no-break spaces and the separators U+001C..U+001F that Java's
   * {@code \s} leaves out.
   */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPythonSpace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  static boolean isPythonSpace(char c) {
    if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }
}
