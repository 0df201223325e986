package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/** Documents for store tests, and a way to look at the SQLite file behind a store's back. */
final class Fixtures {
  static final String BODY =
      "Germany will station a brigade of about 4,800 soldiers in Lithuania by 2027. \"We stand by our allies,\""
          + " Defense Minister Boris Pistorius said in Vilnius on 26 June 2023.";

  private Fixtures() {}

  /** A document with every layer filled, some optional fields set and some absent. */
  static Annotated full() {
    Document d =
        new Document(
            null,
            List.of(
                new Source("seeds/lrt.html", "https://www.lrt.lt/en/a/1", null, -1),
                Source.file("copy.txt")),
            "LRT",
            "EuropeLandWar",
            "Germany to station brigade in Lithuania",
            new Published("2023-06-26", Published.How.INFERRED, "VILNIUS, 26 June"),
            "en",
            List.of("Deployment"),
            BODY);
    int pistorius = BODY.indexOf("Boris Pistorius");
    int quote = BODY.indexOf("We stand");
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, 78), new Span(79, BODY.length())))
        .withEntities(
            List.of(
                Mention.of(0, 7, "Germany", "LOCATION")
                    .withPlace("DEU", 51.0, 10.0)
                    .withKind("name"),
                Mention.of(49, 58, "Lithuania", "LOCATION").withPlace("LTU", 55.2, 23.9),
                Mention.of(pistorius, pistorius + 15, "Boris Pistorius", "PERSON")
                    .withRole("Defense Minister", "DEU")
                    .withCanonical("Boris Pistorius")
                    .withEntityId("E42"),
                new Mention(
                    BODY.indexOf("Vilnius"),
                    BODY.indexOf("Vilnius") + 7,
                    "Vilnius",
                    "LOCATION",
                    null,
                    "LTU",
                    null,
                    null,
                    null,
                    Double.NaN,
                    Double.NaN)))
        .withTimes(
            List.of(
                new TimeExpr(62, 66, "2027", "DATE", "2027", false),
                new TimeExpr(
                    BODY.indexOf("26 June"),
                    BODY.indexOf("26 June") + 12,
                    "26 June 2023",
                    "DATE",
                    "2023-06-26",
                    true)))
        .withQuantities(
            List.of(
                new Quantity(
                    23,
                    43,
                    "about 4,800 soldiers",
                    4800,
                    null,
                    null,
                    "soldiers",
                    true,
                    Quantity.Bound.EXACT,
                    null),
                new Quantity(
                    0,
                    0,
                    "",
                    2.5,
                    3.75,
                    "percent",
                    "gross domestic product",
                    false,
                    Quantity.Bound.RANGE,
                    "increase")))
        .withQuotes(
            List.of(
                new Quote(
                    quote,
                    quote + 23,
                    "We stand by our allies,",
                    "Boris Pistorius",
                    pistorius,
                    pistorius + 15,
                    "said",
                    Quote.Kind.DIRECT),
                new Quote(0, 7, "Germany", null, -1, -1, null, Quote.Kind.PARTIAL)))
        .withEvents(
            List.of(
                new Event(
                    "station", "042", 13, 20, "DEU", null, "LTU", 0, "2027", Event.Status.PLANNED),
                new Event("meet", null, 0, 1, null, null, null, -1, null, Event.Status.REPORTED)))
        .withFacts(
            List.of(
                new Fact(
                    0,
                    "Germany",
                    0,
                    7,
                    "troops",
                    "Lithuania",
                    4800,
                    null,
                    null,
                    Quantity.Bound.EXACT,
                    true,
                    null,
                    Fact.Kind.LEVEL,
                    Fact.Status.PLANNED,
                    "2023-06-26",
                    "inferred",
                    null,
                    "2027",
                    "Boris Pistorius",
                    0,
                    78,
                    -1),
                new Fact(
                    1,
                    null,
                    null,
                    null,
                    "share of GDP",
                    null,
                    2.5,
                    3.75,
                    "percent",
                    Quantity.Bound.RANGE,
                    false,
                    "increase",
                    Fact.Kind.SHARE,
                    Fact.Status.CURRENT,
                    null,
                    null,
                    "2023",
                    null,
                    null,
                    79,
                    BODY.length(),
                    0)))
        .withDiagnostic(new Diagnostic("quotes", "speaker guessed from a pronoun"));
  }

  /** A plain document with one source and no layers. */
  static Annotated plain(String outlet, String label, String date, String title, String body) {
    Published p = date == null ? Published.UNKNOWN : Published.stated(date);
    return Annotated.of(
        Document.of(
            Source.file(outlet + "/" + title + ".txt"),
            outlet,
            label,
            title,
            p,
            "en",
            List.of(),
            body));
  }

  static Connection sqlite(Path dataDir) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteDocumentStore.FILE));
  }

  static long rows(Connection c, String table, String docId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM " + table + " WHERE doc_id = ?")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
