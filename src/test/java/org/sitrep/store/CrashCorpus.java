package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * The crash test's input: item i is article i, except every tenth item (i % 10 == 9), which repeats
 * article i - 9 from another source. The same i always gives the same document, in the child and in
 * the test that checks it.
 */
public final class CrashCorpus {
  private static final String[] OUTLETS = {"LRT", "DW", "Reuters", "Delfi", "BNS"};
  private static final String[] LABELS = {"EuropeLandWar", "Economy", "Politics"};
  private static final String[] WORDS = {
    "brigade", "troops", "Lithuania", "Germany", "minister", "said", "NATO", "flank", "deploy",
        "exercise",
    "Vilnius", "Berlin", "soldiers", "defence", "budget", "border", "alliance", "tanks", "base",
        "training"
  };

  private CrashCorpus() {}

  /** The article item i carries. */
  static int article(int i) {
    return i % 10 == 9 ? i - 9 : i;
  }

  public static boolean isRepeat(int i) {
    return i % 10 == 9;
  }

  static Source source(int i) {
    return isRepeat(i)
        ? new Source("feeds/repeats.jsonl", "https://example.org/a/" + article(i), "rec-" + i, i)
        : Source.file("gen/" + i + ".txt");
  }

  public static Annotated item(int i) {
    return article(article(i), source(i));
  }

  /** The sources a fully ingested article k has, in arrival order, given n items. */
  static List<Source> sources(int k, int n) {
    List<Source> out = new ArrayList<>(List.of(source(k)));
    if (k % 10 == 0 && k + 9 < n) out.add(source(k + 9));
    return out;
  }

  static int articles(int n) {
    int count = 0;
    for (int i = 0; i < n; i++) if (!isRepeat(i)) count++;
    return count;
  }

  private static Annotated article(int k, Source src) {
    Random r = new Random(k);
    StringBuilder b =
        new StringBuilder("Report ").append(k).append(" marker").append(k).append(". ");
    int firstEnd = b.length() - 1;
    for (int w = 0; w < 80 + r.nextInt(80); w++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    int q = b.length();
    b.append("\"We will stay\", the minister said about ")
        .append(100 + k)
        .append(" soldiers in 2027.");
    String body = b.toString();
    int num = body.indexOf(Integer.toString(100 + k), q);
    int year = body.lastIndexOf("2027");
    Document d =
        Document.of(
            src,
            OUTLETS[k % OUTLETS.length],
            LABELS[k % LABELS.length],
            "Report " + k,
            Published.stated(LocalDate.of(2022, 1, 1).plusDays(k % 900).toString()),
            "en",
            List.of(),
            body);
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, firstEnd), new Span(firstEnd + 1, body.length())))
        .withEntities(
            List.of(
                Mention.of(0, 6, "Report", "MISC"),
                Mention.of(q + 19, q + 27, "minister", "PERSON")
                    .withRole("minister", "LTU")
                    .withEntityId("E" + k % 7),
                Mention.of(7, 7 + Integer.toString(k).length(), Integer.toString(k), "MISC")
                    .withPlace("LTU", 54.7, 25.3)))
        .withQuantities(
            List.of(
                new Quantity(
                    num,
                    num + Integer.toString(100 + k).length() + 9,
                    (100 + k) + " soldiers",
                    100 + k,
                    null,
                    null,
                    "soldiers",
                    false,
                    Quantity.Bound.EXACT,
                    null),
                new Quantity(
                    0,
                    1,
                    "R",
                    k / 3.0,
                    k % 2 == 0 ? null : k / 2.0,
                    "percent",
                    null,
                    true,
                    k % 2 == 0 ? Quantity.Bound.AT_MOST : Quantity.Bound.RANGE,
                    "increase")))
        .withQuotes(
            List.of(
                new Quote(
                    q + 1,
                    q + 13,
                    "We will stay",
                    "E" + k % 7,
                    q + 15,
                    q + 27,
                    "said",
                    Quote.Kind.DIRECT)))
        .withEvents(
            List.of(
                new Event(
                    "deploy",
                    "042",
                    num,
                    num + 3,
                    "DEU",
                    null,
                    "LTU",
                    0,
                    "2027",
                    Event.Status.PLANNED)))
        .withTimes(
            List.of(
                new TimeExpr(year, year + 4, "2027", "DATE", "2027", false),
                new TimeExpr(0, 6, "Report", "DURATION", "P" + k + "D", k % 2 == 0)));
  }
}
