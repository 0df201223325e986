package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

/**
 * Articles with hand-built layers for topic and alert tests (no language models): "Germany has N
 * troops in Lithuania, Defence Minister P said", with its figure as a fact, and a second sentence
 * that makes each article a report of its own.
 */
public final class AlertArticles {
  private static final String[] WORDS = {
    "winter", "spring", "river", "forest", "harbour", "airfield", "border", "railway", "highway",
    "coastal", "northern", "southern", "eastern", "western", "night", "morning", "joint", "field"
  };

  private AlertArticles() {}

  /**
   * Article {@code n} (its second sentence differs from every other's) from {@code outlet}, read at
   * {@code url}, published on {@code date}, saying Germany has {@code troops} troops in Lithuania
   * as of {@code asOf}, quoting {@code person}.
   */
  public static Annotated troops(
      int n, String outlet, String url, String date, int troops, String asOf, String person) {
    return build(n, outlet, url, date, "EuropeLandWar", troops, asOf, person);
  }

  /**
   * Stores and resolves Wire One's report {@code n} (read at https://one.example/n, published on
   * {@code date}, quoting Anna Berg): Germany has {@code troops} troops in Lithuania as of {@code
   * asOf}.
   */
  public static void storeWireOne(Store store, int n, String date, int troops, String asOf) {
    store.putAll(List.of(wireOne(n, date, troops, asOf)));
    store.resolvePending();
  }

  /**
   * Wire One's report {@code n}, read at https://one.example/n, published on {@code date}, quoting
   * Anna Berg: Germany has {@code troops} troops in Lithuania as of {@code asOf}.
   */
  public static Annotated wireOne(int n, String date, int troops, String asOf) {
    return troops(n, "Wire One", "https://one.example/" + n, date, troops, asOf, "Anna Berg");
  }

  /** Daily Two's report {@code n}, read at https://two.example/n, quoting {@code person}. */
  public static Annotated dailyTwo(int n, String date, int troops, String asOf, String person) {
    return troops(n, "Daily Two", "https://two.example/" + n, date, troops, asOf, person);
  }

  public static Annotated build(
      int n,
      String outlet,
      String url,
      String date,
      String label,
      int troops,
      String asOf,
      String person) {
    StringBuilder b = new StringBuilder();
    List<Mention> ents = new ArrayList<>();
    b.append("Germany");
    ents.add(place(0, "Germany", "DEU"));
    b.append(" has ");
    String figure = String.format(java.util.Locale.ENGLISH, "%,d troops", troops);
    int q = b.length();
    b.append(figure);
    b.append(" in ");
    int lt = b.length();
    b.append("Lithuania");
    ents.add(place(lt, "Lithuania", "LTU"));
    b.append(", Defence Minister ");
    int p = b.length();
    b.append(person);
    ents.add(
        new Mention(
            p,
            p + person.length(),
            person,
            "PERSON",
            "Defence Minister",
            "DEU",
            person,
            null,
            "name",
            Double.NaN,
            Double.NaN));
    b.append(" said.");
    int s1 = b.length();
    b.append(' ');
    int s2 = b.length();
    b.append("The ")
        .append(WORDS[n % WORDS.length])
        .append(' ')
        .append(WORDS[(n * 7 + 3) % WORDS.length])
        .append(" exercise number ")
        .append(n)
        .append(" near Vilnius was watched by ")
        .append(WORDS[(n * 5 + 1) % WORDS.length])
        .append(" observers from ")
        .append(outlet)
        .append(" and ")
        .append(WORDS[(n * 11 + 2) % WORDS.length])
        .append(" crews on day ")
        .append(n * 3 + 1)
        .append('.');
    String body = b.toString();
    Document d =
        new Document(
            null,
            List.of(new Source(null, url, null, -1)),
            outlet,
            label,
            "German troops in Lithuania, report " + n,
            Published.stated(date),
            "en",
            List.of(),
            body);
    Quantity quantity =
        new Quantity(
            q,
            q + figure.length(),
            figure,
            troops,
            null,
            null,
            "troops",
            false,
            Quantity.Bound.EXACT,
            null);
    Fact fact =
        new Fact(
            0,
            "Germany",
            0,
            7,
            "troops",
            "Lithuania",
            troops,
            null,
            null,
            Quantity.Bound.EXACT,
            false,
            null,
            Fact.Kind.LEVEL,
            Fact.Status.CURRENT,
            asOf,
            "time",
            null,
            null,
            person,
            0,
            s1,
            -1);
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, s1), new Span(s2, body.length())))
        .withEntities(ents)
        .withQuantities(List.of(quantity))
        .withFacts(List.of(fact));
  }

  /**
   * {@code a} with a later paragraph that names {@code person} {@code times} times (once or twice),
   * after its lead; the offsets of what it already holds are unchanged.
   */
  public static Annotated withLaterParagraph(Annotated a, String person, int times) {
    String body = a.document().body() + "\n\n";
    int start = body.length();
    List<Mention> ents = new ArrayList<>(a.entities());
    StringBuilder b = new StringBuilder(body);
    for (int i = 0; i < times; i++) {
      b.append(i == 0 ? "Later in the day " : " Afterwards ");
      ents.add(
          new Mention(
              b.length(),
              b.length() + person.length(),
              person,
              "PERSON",
              null,
              null,
              person,
              null,
              "name",
              Double.NaN,
              Double.NaN));
      b.append(person).append(i == 0 ? " attended a ceremony." : " left.");
    }
    Document d = a.document();
    String text = b.toString();
    List<Span> sentences = new ArrayList<>(a.sentences());
    sentences.add(new Span(start, text.length()));
    return a.withDocument(
            new Document(
                d.id(),
                d.sources(),
                d.outlet(),
                d.label(),
                d.title(),
                d.published(),
                d.language(),
                d.headings(),
                text))
        .withSentences(sentences)
        .withEntities(ents);
  }

  /** An article on something else entirely. */
  public static Annotated unrelated(int n, String date) {
    String body =
        "Shares in Tokyo rose for the "
            + WORDS[n % WORDS.length]
            + " session as exporters gained, traders said on day "
            + n
            + ".";
    Document d =
        new Document(
            null,
            List.of(new Source(null, "https://markets.example/" + n, null, -1)),
            "Markets Daily",
            "Markets",
            "Tokyo shares rise",
            Published.stated(date),
            "en",
            List.of(),
            body);
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, body.length())))
        .withEntities(List.of(place(body.indexOf("Tokyo"), "Tokyo", "JPN")));
  }

  private static Mention place(int at, String name, String iso) {
    return new Mention(
        at,
        at + name.length(),
        name,
        "LOCATION",
        null,
        iso,
        name,
        null,
        "name",
        Double.NaN,
        Double.NaN);
  }
}
