package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quote;
import org.sitrep.resolve.Resolver;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.testing.ResolutionPicture;

/**
 * The statements kept in the store, which reads only the statements a quote can match (its
 * speaker's, and those found through their first words), are those {@link QuoteVariants} gives by
 * comparing each quote with every statement before it: quotes of known and unknown speakers, many
 * of them close to the bars, some in another language.
 */
class StoreQuoteMatchingTest {
  @TempDir Path dir;

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "ra", "to", "ve", "zo"};

  /** A made-up word of {@code syllables} syllables that no suffix is stripped from. */
  private static String word(Random r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    return b.append(r.nextBoolean() ? "o" : "u").toString();
  }

  /** Articles each with a quote or two, variants of a few sentences sharing many words. */
  static List<Annotated> articles(long seed, int count) {
    Random r = new Random(seed);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 36; i++) vocabulary.add(word(r, 1 + i % 5));
    List<List<String>> sentences = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<String> s = new ArrayList<>();
      int n = 4 + r.nextInt(12);
      while (s.size() < n) {
        String w = vocabulary.get(r.nextInt(vocabulary.size()));
        if (!s.contains(w)) s.add(w);
      }
      sentences.add(s);
    }
    String[] speakers = {null, null, "Ada Lind", "Bo Keller", "Cem Aras"};
    List<Annotated> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      List<Quote> quotes = new ArrayList<>();
      for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
        List<String> words = new ArrayList<>();
        for (String w : sentences.get(r.nextInt(sentences.size())))
          if (r.nextInt(5) > 0) words.add(w);
        for (int extra = r.nextInt(4); extra > 0; extra--)
          words.add(vocabulary.get(r.nextInt(vocabulary.size())));
        String text = String.join(" ", words);
        body.append("“");
        int start = body.length();
        body.append(text).append(",” a speaker said. ");
        quotes.add(
            new Quote(
                start,
                start + text.length(),
                text,
                speakers[r.nextInt(speakers.length)],
                -1,
                -1,
                "said",
                Quote.Kind.DIRECT));
      }
      // words of its own, so that no two articles are copies
      for (int k = 0; k < 60; k++) body.append(word(r, 3)).append(k % 12 == 11 ? ". " : " ");
      String date = r.nextInt(8) == 0 ? null : "2024-03-" + (10 + r.nextInt(19));
      Annotated a = Fixtures.plain("Outlet " + i % 5, "x", date, "Report " + i, body.toString());
      if (r.nextInt(6) == 0)
        a =
            a.withDocument(
                new org.sitrep.model.Document(
                    null,
                    a.document().sources(),
                    a.document().outlet(),
                    a.document().label(),
                    a.document().title(),
                    a.document().published(),
                    "de",
                    a.document().headings(),
                    a.document().body()));
      out.add(a.withQuotes(quotes));
    }
    return out;
  }

  /** Each statement as its speaker and its renderings (article and start). */
  private static Set<String> groups(List<QuoteVariants.Statement> statements) {
    Set<String> out = new TreeSet<>();
    for (QuoteVariants.Statement s : statements) {
      Set<String> quotes = new TreeSet<>();
      for (QuoteVariants.Item q : s.variants()) quotes.add(q.docId() + "@" + q.start());
      out.add(s.speaker() + " " + quotes);
    }
    return out;
  }

  @Test
  void theStatementsAreThoseAComparisonWithEveryStatementGives() {
    for (long seed = 1; seed <= 3; seed++) {
      List<Annotated> articles = articles(seed, 300);
      Random random = new Random(seed);
      try (Store store = Store.open(dir.resolve("s" + seed))) {
        List<String> ids = new ArrayList<>();
        QuoteVariants everyOne = new QuoteVariants();
        for (int i = 0; i < articles.size(); ) {
          int n = Math.min(articles.size() - i, 1 + random.nextInt(30));
          for (Annotated a : articles.subList(i, i + n)) {
            assertTrue(store.putAll(List.of(a)).get(0).isNew(), "no article is a copy");
            ids.add(a.document().id());
            for (Quote q : a.quotes()) everyOne.add(Resolver.quoteItem(a, q));
          }
          i += n;
          store.resolvePending();
        }
        List<QuoteVariants.Statement> kept = ResolutionPicture.of(store, ids).statements();
        assertEquals(groups(everyOne.all()), groups(kept), "seed " + seed);
        assertTrue(
            kept.stream().filter(s -> s.variants().size() > 1).count() > 20,
            "statements are rendered more than once");
        assertTrue(
            kept.stream().anyMatch(s -> s.speaker() == null && s.variants().size() > 1),
            "quotes of no known speaker are linked");
        store.resolveAll();
        assertEquals(groups(kept), groups(ResolutionPicture.of(store, ids).statements()));
      }
    }
  }

  /**
   * A store whose statements were kept before statement_key and statement_prefix (every word of
   * every statement in one index) goes on matching the same statements once opened.
   */
  @Test
  void statementsKeptBeforeTheSpeakerAndFirstWordIndexesMatchAlike() throws Exception {
    List<Annotated> articles = articles(4, 200);
    Path data = dir.resolve("before");
    List<String> ids = new ArrayList<>();
    QuoteVariants everyOne = new QuoteVariants();
    try (Store store = Store.open(data)) {
      for (Annotated a : articles.subList(0, 100)) {
        store.putAll(List.of(a));
        ids.add(a.document().id());
        for (Quote q : a.quotes()) everyOne.add(Resolver.quoteItem(a, q));
      }
      store.resolvePending();
    }
    int at = 0;
    while (!Schema.MIGRATIONS.get(at).contains("CREATE TABLE statement_key")) at++;
    try (java.sql.Connection c = Fixtures.sqlite(data);
        java.sql.Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE statement_word (word TEXT NOT NULL, n INTEGER NOT NULL,"
              + " PRIMARY KEY (word, n)) WITHOUT ROWID");
      st.execute(
          "INSERT INTO statement_word SELECT j.value, s.n FROM statement_state s,"
              + " json_each(s.stems) j");
      st.execute("DROP TABLE statement_key");
      st.execute("DROP TABLE statement_prefix");
      st.execute("ALTER TABLE statement_state DROP COLUMN stems");
      // and what the migrations after it added
      st.execute("DROP TABLE story_merged");
      st.execute("ALTER TABLE story_key DROP COLUMN story_id");
      st.execute("PRAGMA user_version = " + at);
    }
    try (Store store = Store.open(data)) {
      for (Annotated a : articles.subList(100, articles.size())) {
        store.putAll(List.of(a));
        ids.add(a.document().id());
        for (Quote q : a.quotes()) everyOne.add(Resolver.quoteItem(a, q));
        if (ids.size() % 10 == 0) store.resolvePending();
      }
      store.resolvePending();
      assertEquals(groups(everyOne.all()), groups(ResolutionPicture.of(store, ids).statements()));
    }
  }
}
