package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.NameKey;

/**
 * Matches one article against stored topics as it arrives: the article becomes a one-document index
 * in memory (the fields and analyzer of the search index), each topic's query runs against it, and
 * Lucene's matches say which terms of which field made it match; the entity, place and label
 * conditions are read from the article's own layers. The answer for a topic is the list of clauses
 * that matched and on what ("query: body:troops, title:lithuania", "place LTU: Lithuania"), empty
 * when the article does not belong to the topic.
 *
 * <p>A query runs only when the article holds one of the terms it could match on (the terms of its
 * clauses that are not negated, looked up in the article's own term list), so that a long list of
 * topics costs about what the few that could match cost; a query that can match without a term from
 * the article's text (match all, wildcards, ranges, fuzzy terms) always runs.
 */
final class TopicMatcher {
  private static final int MAX_TERMS = 8;
  private static final Analyzer KEYWORD = new KeywordAnalyzer();

  private record Compiled(Topic topic, Query query, Set<String> entityKeys) {}

  private final Analyzer analyzer = new NewsAnalyzer();
  private final QueryReader queries = new QueryReader(analyzer, "title", "body");
  private final List<Compiled> topics = new ArrayList<>();

  /** The queries each term can make match; and the queries to run whatever the terms. */
  private final Map<Term, List<Compiled>> byTerm = new HashMap<>();

  private final Set<Compiled> unfiltered = Collections.newSetFromMap(new IdentityHashMap<>());
  private final boolean prefilter;

  /** Queries run on the last article matched (those its terms did not rule out). */
  private int ran;

  /**
   * @throws BadQueryException when a topic's query is not valid query syntax
   */
  TopicMatcher(List<Topic> all) {
    this(all, true);
  }

  /** As above; without {@code prefilter} every query runs on every article (to compare with). */
  TopicMatcher(List<Topic> all, boolean prefilter) {
    this.prefilter = prefilter;
    for (Topic t : all) {
      Set<String> keys = new LinkedHashSet<>();
      for (String e : t.entities()) keys.add(NameKey.of(e));
      Compiled c = new Compiled(t, t.query() == null ? null : queries.parse(t.query()), keys);
      topics.add(c);
      if (c.query() == null) continue;
      Set<Term> terms = new HashSet<>();
      if (requiredTerms(c.query(), terms))
        for (Term term : terms) byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(c);
      else unfiltered.add(c);
    }
  }

  /**
   * Collects the terms one of which an article must hold for the query to match it (the terms of
   * every clause that is not negated); false when there are none such (a match-all, wildcard, range
   * or fuzzy clause, or a query that is only negations), so that it must always run.
   */
  static boolean requiredTerms(Query q, Set<Term> into) {
    boolean[] open = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            into.addAll(List.of(terms));
          }

          @Override
          public void visitLeaf(Query query) {
            // A leaf that offers no terms (match all, range, point, wildcard automaton...).
            open[0] = true;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
            open[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return !open[0] && !into.isEmpty();
  }

  /** How many queries ran on the last article matched. */
  int queriesRun() {
    return ran;
  }

  /** Checks a query's syntax the way topics read it. */
  static void check(String query) {
    if (query != null && !query.isBlank())
      new QueryReader(new NewsAnalyzer(), "t", "b").parse(query);
  }

  boolean isEmpty() {
    return topics.isEmpty();
  }

  /** A topic that matched an article, and why. */
  record Match(Topic topic, List<String> why) {}

  /** Every topic the article belongs to, each with why. */
  List<Match> match(Annotated a) {
    List<Match> out = new ArrayList<>();
    ran = 0;
    if (topics.isEmpty()) return out;
    IndexSearcher searcher = null;
    Set<Compiled> possible = null;
    for (Compiled c : topics) {
      List<String> why = new ArrayList<>();
      Topic t = c.topic();
      Document d = a.document();
      if (t.label() != null) {
        if (d.label() == null || !d.label().equalsIgnoreCase(t.label())) continue;
        why.add("label " + d.label());
      }
      if (!c.entityKeys().isEmpty()) {
        String named = named(a, c.entityKeys());
        if (named == null) continue;
        why.add(named);
      }
      if (!t.places().isEmpty()) {
        String place = place(a, t.places());
        if (place == null) continue;
        why.add(place);
      }
      if (c.query() != null) {
        if (searcher == null) searcher = searcher(d);
        if (prefilter && !unfiltered.contains(c)) {
          if (possible == null) possible = possible(searcher);
          if (!possible.contains(c)) continue;
        }
        ran++;
        String terms = terms(searcher, c.query());
        if (terms == null) continue;
        why.add(0, "query " + t.query() + (terms.isEmpty() ? "" : ": " + terms));
      }
      out.add(new Match(t, List.copyOf(why)));
    }
    return out;
  }

  /** The queries that one of the article's terms can make match. */
  private Set<Compiled> possible(IndexSearcher s) {
    Set<Compiled> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (byTerm.isEmpty()) return out;
    try {
      LeafReader leaf = s.getIndexReader().leaves().get(0).reader();
      for (FieldInfo field : leaf.getFieldInfos()) {
        Terms terms = leaf.terms(field.name);
        if (terms == null) continue;
        TermsEnum e = terms.iterator();
        for (BytesRef b = e.next(); b != null; b = e.next()) {
          List<Compiled> qs = byTerm.get(new Term(field.name, b));
          if (qs != null) out.addAll(qs);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexSearcher searcher(Document d) {
    MemoryIndex index = new MemoryIndex(true);
    if (d.title() != null) index.addField("title", d.title(), analyzer);
    index.addField("body", d.body(), analyzer);
    if (d.outlet() != null) index.addField("outlet", d.outlet(), KEYWORD);
    if (d.label() != null) index.addField("label", d.label(), KEYWORD);
    if (d.published().value() != null) index.addField("published", d.published().value(), KEYWORD);
    return index.createSearcher();
  }

  /**
   * The terms that made the query match ("body:troops, title:lithuania"), blank when the query
   * matches without terms (match all), null when it does not match.
   */
  private static String terms(IndexSearcher s, Query q) {
    try {
      Query rewritten = s.rewrite(q);
      Weight w = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
      var leaf = s.getIndexReader().leaves().get(0);
      var scorer = w.scorer(leaf);
      if (scorer == null || scorer.iterator().advance(0) != 0) return null;
      Matches m = w.matches(leaf, 0);
      Set<String> terms = new LinkedHashSet<>();
      if (m != null) {
        for (String field : m) {
          MatchesIterator it = m.getMatches(field);
          while (it != null && it.next() && terms.size() < MAX_TERMS) {
            Query leafQuery = it.getQuery();
            terms.add(
                leafQuery instanceof TermQuery tq
                    ? field + ":" + tq.getTerm().text()
                    : field + ":" + String.valueOf(leafQuery).replaceFirst("^" + field + ":", ""));
          }
        }
      }
      return String.join(", ", terms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first entity condition the article meets, said as "entity NATO: NATO's", or null. */
  private static String named(Annotated a, Set<String> keys) {
    for (Mention m : a.entities()) {
      for (String form : new String[] {m.text(), m.canonical()}) {
        if (form == null) continue;
        String key = NameKey.of(form);
        if (keys.contains(key) || keys.contains(NameKey.of(form.replaceAll("['’]s$", ""))))
          return "entity " + form.replaceAll("['’]s$", "") + ": " + m.text();
      }
    }
    return null;
  }

  /** The first place condition the article meets, said as "place LTU: Lithuania", or null. */
  private static String place(Annotated a, List<String> isos) {
    for (Mention m : a.entities()) {
      if (m.country() == null || !"LOCATION".equals(m.type())) continue;
      String iso = m.country().toUpperCase(Locale.ROOT);
      if (isos.contains(iso)) return "place " + iso + ": " + m.text();
    }
    return null;
  }
}
