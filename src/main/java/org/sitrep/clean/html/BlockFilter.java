package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops blocks that are furniture even inside the article container: link lists, share and print prompts, and
 * headings left without text after their section was removed.
 */
public final class BlockFilter {
  /** Short lines that are controls or prompts, not prose, in the languages the corpus mostly holds. */
  private static final Pattern PROMPT =
      Pattern.compile(
          "(?iu)^(share|share this|share on \\w+|tweet|print|e-?mail|email this|advertisement|anzeige|werbung|publicité"
              + "|read more|weiterlesen|mehr lesen|lire la suite|continue reading|related( articles| posts| stories)?"
              + "|comments?|kommentare?|tags?|schlagworte|facebook|twitter|whatsapp|linkedin|pinterest|reddit"
              + "|back to top|nach oben|zurück|top|menu|menü|suche|search|close|schließen|loading\\.*)\\s*[:.!]?$");
  private static final double MAX_LINK_DENSITY = 0.5;

  private BlockFilter() {}

  public static List<Block> filter(List<Block> blocks) {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b.linkDensity() > MAX_LINK_DENSITY) continue;
      if (b.chars() < 40 && PROMPT.matcher(b.text()).matches()) continue;
      kept.add(b);
    }
    return dropOrphanHeadings(kept);
  }

  /** A heading followed by nothing, or directly by a heading of the same or higher rank, introduced removed text. */
  private static List<Block> dropOrphanHeadings(List<Block> blocks) {
    List<Block> result = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.heading()) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        if (next == null || (next.heading() && next.headingLevel() <= b.headingLevel())) continue;
      }
      result.add(b);
    }
    return result;
  }

  /** Characters of all blocks, the measure used to compare extraction strategies. */
  public static int chars(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) n += b.chars();
    return n;
  }

  /**
   * The whole-page fallback: blocks that read like prose (enough characters, few links), plus the headings that
   * directly precede such blocks.
   */
  public static List<Block> proseOnly(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean prose = !b.heading() && b.chars() >= 60 && b.linkDensity() < 0.25;
      boolean heading = b.heading() && i + 1 < blocks.size() && !blocks.get(i + 1).heading()
          && blocks.get(i + 1).chars() >= 60 && blocks.get(i + 1).linkDensity() < 0.25;
      if (prose || heading) kept.add(b);
    }
    return kept;
  }

  /** A paragraph outside the located body that still reads as the article's lead: prose, not a link or a list. */
  public static boolean isLead(Block b) {
    return !b.heading() && !b.listItem() && b.chars() >= 80 && b.linkDensity() < 0.1;
  }
}
