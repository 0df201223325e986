package org.sitrep.clean.html;

/**
 * One paragraph-level piece of rendered text. {@code headingLevel} is 1..6 for h1..h6, else 0;
 * {@code linkChars} counts the non-space characters that sit inside links, {@code chars} all
 * non-space characters; {@code listItem} marks text rendered from an {@code li}, {@code dd} or
 * {@code dt}; {@code marked} text from inside the elements the renderer was asked to mark.
 */
public record Block(
    String text, int headingLevel, int chars, int linkChars, boolean listItem, boolean marked) {
  public boolean heading() {
    return headingLevel > 0;
  }

  public double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
