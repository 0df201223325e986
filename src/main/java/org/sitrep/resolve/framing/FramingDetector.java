package org.sitrep.resolve.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Span;

/**
 * Finds framing markers in an article's own voice (never inside quotes, which are someone else's
 * words): contested place and group names, loaded or speculative wording, and evaluative claims
 * with no source.
 */
public final class FramingDetector {
  /** Contested names: the variant, the name most outlets use, and what the choice signals. */
  private static final Map<String, String[]> NAMING =
      Map.ofEntries(
          Map.entry("Kiev", new String[] {"Kyiv", "Russian-derived spelling"}),
          Map.entry("Kharkov", new String[] {"Kharkiv", "Russian-derived spelling"}),
          Map.entry("Odessa", new String[] {"Odesa", "Russian-derived spelling"}),
          Map.entry("Lvov", new String[] {"Lviv", "Russian-derived spelling"}),
          Map.entry("Nikolaev", new String[] {"Mykolaiv", "Russian-derived spelling"}),
          Map.entry("Nikolayev", new String[] {"Mykolaiv", "Russian-derived spelling"}),
          Map.entry("Zaporozhye", new String[] {"Zaporizhzhia", "Russian-derived spelling"}),
          Map.entry("Lugansk", new String[] {"Luhansk", "Russian-derived spelling"}),
          Map.entry("Chernigov", new String[] {"Chernihiv", "Russian-derived spelling"}),
          Map.entry("Artemovsk", new String[] {"Bakhmut", "name used by Russian authorities"}),
          Map.entry("Artyomovsk", new String[] {"Bakhmut", "name used by Russian authorities"}),
          Map.entry("Byelorussia", new String[] {"Belarus", "Soviet-era name"}),
          Map.entry("Belorussia", new String[] {"Belarus", "Soviet-era name"}),
          Map.entry(
              "the Ukraine", new String[] {"Ukraine", "article implies a region, not a state"}),
          Map.entry("Burma", new String[] {"Myanmar", "name preferred by the junta's opponents"}),
          Map.entry(
              "special military operation",
              new String[] {"invasion", "the Kremlin's term for the war"}),
          Map.entry("Daesh", new String[] {"Islamic State", "name used by the group's opponents"}),
          Map.entry(
              "Judea and Samaria",
              new String[] {"West Bank", "name used by Israeli settlers and government"}));

  private static final Pattern NAMES;

  static {
    StringBuilder sb = new StringBuilder("\\b(");
    NAMING.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(k -> sb.append(Pattern.quote(k)).append('|'));
    sb.setLength(sb.length() - 1);
    NAMES = Pattern.compile(sb.append(")\\b").toString());
  }

  /**
   * Speculative certainty and emotive intensifiers: wording that tells the reader what to feel or
   * expect.
   */
  private static final Pattern LOADED =
      Pattern.compile(
          "(?i)\\b(sure to|bound to|certain to|destined to|inevitabl[ey]\\w*|no doubt|deep alarm|alarming|alarmed"
              + "|disastrous|reckless|brutal|shocking|staggering|draconian|notorious|infamous|desperate(ly)?"
              + "|humiliat\\w+|crushing|so-called|regime|puppet|warmonger\\w*|provocative|sinister|menacing"
              + "|outrageous|ominous(ly)?|dangerous(ly)? escalat\\w+|cynical(ly)?|blatant(ly)?)\\b");

  /** Claims that lean on an unnamed crowd: evaluation presented as consensus without a source. */
  private static final Pattern UNSOURCED =
      Pattern.compile(
          "(?i)\\b(by (many|most|all) accounts|many (say|believe|argue|fear)|it is (widely|generally) (believed|"
              + "accepted|thought)|critics (say|argue|fear)|observers (say|note|believe)|some (say|argue|believe)"
              + "|experts (say|warn|agree)|everyone knows|it is clear that|clearly)\\b");

  private static final Pattern SPEECH =
      Pattern.compile(
          "(?i)\\b(said|says|told|according to|stated|reported|reports|claimed|warned|announced)\\b");

  private FramingDetector() {}

  public static List<FramingMarker> detect(Annotated a) {
    String body = a.body();
    String id = a.document().id(), outlet = a.document().outlet();
    List<FramingMarker> out = new ArrayList<>();
    Matcher n = NAMES.matcher(body);
    while (n.find()) {
      if (a.insideQuote(n.start())) continue;
      String[] v = NAMING.get(n.group(1));
      out.add(
          new FramingMarker(
              id,
              outlet,
              "naming",
              n.group(1),
              n.start(),
              n.end(),
              a.sentenceText(n.start()),
              v[1] + "; most outlets write " + v[0]));
    }
    for (int si = 0; si < a.sentences().size(); si++) {
      Span s = a.sentences().get(si);
      String text = s.of(body);
      boolean sourced = SPEECH.matcher(text).find();
      addClauses(
          a,
          s,
          UNSOURCED.matcher(text),
          "unsourced-claim",
          "evaluation presented as consensus, no source named",
          out);
      if (!sourced)
        addClauses(
            a,
            s,
            LOADED.matcher(text),
            "loaded",
            "loaded or speculative wording in the outlet's own voice",
            out);
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /** One marker per clause: from the first cue to the end of its clause. */
  private static void addClauses(
      Annotated a, Span s, Matcher m, String kind, String why, List<FramingMarker> out) {
    String body = a.body();
    int lastEnd = -1;
    while (m.find()) {
      int start = s.start() + m.start();
      if (start < lastEnd || a.insideQuote(start)) continue;
      int end = start;
      while (end < s.end() && ",;:.!?—".indexOf(body.charAt(end)) < 0) end++;
      if (end - start > 160) end = start + 160;
      while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
      lastEnd = end;
      out.add(
          new FramingMarker(
              a.document().id(),
              a.document().outlet(),
              kind,
              body.substring(start, end),
              start,
              end,
              s.of(body).strip(),
              why));
    }
  }
}
