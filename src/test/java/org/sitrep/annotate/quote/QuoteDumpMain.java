package org.sitrep.annotate.quote;

/** Prints what the stage finds in the examples (a developer aid, not a test). */
final class QuoteDumpMain {
  public static void main(String[] args) throws Exception {
    System.out.println(QuoteGoldenTest.describe(QuoteGoldenTest.run()));
  }
}
