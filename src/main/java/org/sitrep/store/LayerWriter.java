package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.TimeExpr;

/**
 * Writes a document's annotation layers as rows (mentions, quantities, quotes, events, times,
 * facts), inside the caller's transaction, so later features can query them without parsing JSON.
 */
final class LayerWriter {
  private final PreparedStatement mention;
  private final PreparedStatement quantity;
  private final PreparedStatement quote;
  private final PreparedStatement event;
  private final PreparedStatement time;
  private final PreparedStatement fact;

  LayerWriter(Connection c) throws SQLException {
    mention = c.prepareStatement(insert("mentions", 13));
    quantity = c.prepareStatement(insert("quantities", 12));
    quote = c.prepareStatement(insert("quotes", 10));
    event = c.prepareStatement(insert("events", 12));
    time = c.prepareStatement(insert("times", 8));
    fact = c.prepareStatement(insert("facts", 24));
  }

  /** Columns are given in schema order, so the statement names none. */
  private static String insert(String table, int columns) {
    return "INSERT INTO " + table + " VALUES (" + "?,".repeat(columns - 1) + "?)";
  }

  void write(Annotated a) throws SQLException {
    String id = a.document().id();
    List<Mention> ms = a.entities();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      Row r = new Row(mention, id, i).ints(m.start(), m.end());
      r.strings(m.text(), m.type(), m.role(), m.country(), m.canonical(), m.entityId(), m.kind());
      r.real(m.lat()).real(m.lon()).add();
    }
    flush(mention, ms.size());
    List<Quantity> qs = a.quantities();
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      Row r = new Row(quantity, id, i).ints(q.start(), q.end()).strings(q.text()).real(q.value());
      r.real(q.valueMax() == null ? Double.NaN : q.valueMax()).strings(q.unit(), q.counted());
      r.ints(q.approximate() ? 1 : 0).strings(q.bound().json(), q.change()).add();
    }
    flush(quantity, qs.size());
    List<Quote> quotes = a.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Row r = new Row(quote, id, i).ints(q.start(), q.end()).strings(q.text(), q.speaker());
      r.ints(q.speakerStart(), q.speakerEnd()).strings(q.cue(), q.kind().json()).add();
    }
    flush(quote, quotes.size());
    List<Event> es = a.events();
    for (int i = 0; i < es.size(); i++) {
      Event e = es.get(i);
      Row r = new Row(event, id, i).strings(e.type(), e.code()).ints(e.start(), e.end());
      r.strings(e.actor(), e.target(), e.location())
          .ints(e.quantityIndex())
          .strings(e.time(), e.status().json())
          .add();
    }
    flush(event, es.size());
    List<TimeExpr> ts = a.times();
    for (int i = 0; i < ts.size(); i++) {
      TimeExpr t = ts.get(i);
      Row r = new Row(time, id, i).ints(t.start(), t.end()).strings(t.text(), t.type(), t.value());
      r.ints(t.anchored() ? 1 : 0).add();
    }
    flush(time, ts.size());
    List<Fact> fs = a.facts();
    for (int i = 0; i < fs.size(); i++) {
      Fact f = fs.get(i);
      Row r = new Row(fact, id, i).ints(f.quantityIndex()).strings(f.subject());
      r.integer(f.subjectStart()).integer(f.subjectEnd()).strings(f.measure(), f.place());
      r.real(f.value()).real(f.valueMax() == null ? Double.NaN : f.valueMax()).strings(f.unit());
      r.strings(f.bound().json()).ints(f.approximate() ? 1 : 0).strings(f.change());
      r.strings(f.kind().json(), f.status().json(), f.asOf(), f.asOfHow(), f.period());
      r.strings(f.target(), f.attributedTo()).ints(f.evidenceStart(), f.evidenceEnd());
      r.ints(f.partOf()).add();
    }
    flush(fact, fs.size());
  }

  private static void flush(PreparedStatement p, int rows) throws SQLException {
    if (rows > 0) p.executeBatch();
  }

  /**
   * Binds one row's parameters left to right: doc id and index first, as every layer table begins.
   */
  private static final class Row {
    private final PreparedStatement p;
    private int next = 1;

    Row(PreparedStatement p, String docId, int idx) throws SQLException {
      this.p = p;
      p.setString(next++, docId);
      p.setInt(next++, idx);
    }

    Row ints(int... vs) throws SQLException {
      for (int v : vs) p.setInt(next++, v);
      return this;
    }

    /** A null integer is stored as NULL. */
    Row integer(Integer v) throws SQLException {
      if (v == null) p.setNull(next++, Types.INTEGER);
      else p.setInt(next++, v);
      return this;
    }

    Row strings(String... vs) throws SQLException {
      for (String v : vs) p.setString(next++, v);
      return this;
    }

    /** NaN (unknown) is stored as NULL. */
    Row real(double v) throws SQLException {
      if (Double.isNaN(v)) p.setNull(next++, Types.REAL);
      else p.setDouble(next++, v);
      return this;
    }

    void add() throws SQLException {
      p.addBatch();
    }
  }
}
