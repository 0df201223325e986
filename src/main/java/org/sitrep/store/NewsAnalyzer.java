package org.sitrep.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How titles and bodies become search terms, at index and query time alike. Folding to ASCII makes
 * "Anusauskas" find "Anušauskas" (wire copy drops diacritics); KStem rather than Porter because it
 * only conflates true inflections (soldier/soldiers, deploy/deployed) and leaves names alone. No
 * stop words, so phrase queries match exactly. Changing this chain changes the index: bump {@link
 * LuceneSearchIndex#LAYOUT} so that old indexes are rebuilt.
 */
final class NewsAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String field) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream t = new EnglishPossessiveFilter(source);
    t = new LowerCaseFilter(t);
    t = new ASCIIFoldingFilter(t);
    t = new KStemFilter(t);
    return new TokenStreamComponents(source, t);
  }

  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    // Wildcard and prefix terms are not analysed, only normalised: fold them the same way.
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
