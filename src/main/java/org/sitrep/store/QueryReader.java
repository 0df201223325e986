package org.sitrep.store;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a user's search string (Lucene classic syntax) into a query over title and body, or a
 * {@link BadQueryException} with a one-line reason.
 */
final class QueryReader {
  private static final float TITLE_BOOST = 2f;

  /** JavaCC's wording: Encountered " ":" ": "" at line 1, column 3. */
  private static final Pattern UNEXPECTED =
      Pattern.compile("Encountered \" \\S+ \"(.*?) \"\" at line \\d+, column (\\d+)");

  private final Analyzer analyzer;
  private final String title;
  private final String body;

  QueryReader(Analyzer analyzer, String title, String body) {
    this.analyzer = analyzer;
    this.title = title;
    this.body = body;
  }

  Query parse(String text) {
    if (text.isBlank()) return new MatchAllDocsQuery();
    // A parser is cheap and not thread-safe: one per query.
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(new String[] {title, body}, analyzer, Map.of(title, TITLE_BOOST));
    // Searchers of news expect every word to count ("troops Lithuania"), as web search engines do.
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(text);
    } catch (ParseException e) {
      throw new BadQueryException(text, reason(text, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException(
          text, "it expands to too many terms; make wildcards more specific", e);
    }
  }

  /**
   * The parser's first line, without the query it repeats; the rest lists grammar tokens a user
   * cannot use.
   */
  private static String reason(String text, ParseException e) {
    String first =
        String.valueOf(e.getMessage()).lines().findFirst().orElse("cannot parse").strip();
    String prefix = "Cannot parse '" + text + "': ";
    if (first.startsWith(prefix)) first = first.substring(prefix.length());
    if (first.contains("\"<EOF>\""))
      return "it ends too early (an operator or bracket is missing its other side)";
    if (first.startsWith("Lexical error") && first.contains("<EOF>") && first.contains("\\\"")) {
      return "a quotation mark is not closed";
    }
    if (first.contains("not allowed as first character")) return "a word cannot begin with * or ?";
    Matcher m = UNEXPECTED.matcher(first);
    if (m.find()) return "unexpected '" + m.group(1).strip() + "' at column " + m.group(2);
    return first.isEmpty() ? "cannot parse" : first;
  }
}
