package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

/**
 * Units written in the shapes tables, spec sheets and casual text use: the case of a data size's b,
 * "yo", kelvin after a number, a minus set apart from its digits, a unit in brackets, an inch mark,
 * vulgar fractions, products of lengths, lower-case currency codes and glued multiples.
 */
class QuantityUnitShapesTest {
  private final QuantityTagger tagger = new QuantityTagger();

  /** The quantity whose text starts with {@code start}. */
  private Quantity at(String text, String start) {
    List<Quantity> qs = tagger.tag(text);
    return qs.stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity at '" + start + "' in " + qs));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a lower-case b is a bit, an upper-case B a byte
        "The archive is 700 MB and the line gives 100 mb per second.|700 MB|700|megabyte",
        "The archive is 700 MB and the line gives 100 mb per second.|100 mb|100|megabit per second",
        "The attachment was 300 KB.|300 KB|300|kilobyte",
        // years old, written short
        "The clinic saw a 64 yo woman on Monday.|64 yo|64|year",
        "The clinic saw a 64 y/o woman on Monday.|64 y/o|64|year",
        // K after a number: kelvin where temperatures are talked about, else thousand
        "The samples were cooled to 4 K before the test.|4 K|4|kelvin",
        // a minus sign set apart from its digits
        "Overnight it fell to − 7 °C in the valley.|− 7 °C|-7|degree celsius",
        "Overnight it fell to - 12 °C in the valley.|- 12 °C|-12|degree celsius",
        "Overnight it fell to −9 °C in the valley.|−9 °C|-9|degree celsius",
        // a unit in brackets, after the number or after a label
        "The crate weighs 450 (kg) when full.|450 (kg)|450|kilogram",
        "The bag weighs 12 [kg] empty.|12 [kg]|12|kilogram",
        "Load (kg): 450|450|450|kilogram",
        "Depth [m] = 40|40|40|metre",
        // an inch mark that closes no quotation
        "The tablet has a 10\" screen.|10\"|10|inch",
        // vulgar fractions
        "The boy is 2½ years old.|2½ years|2.5|year",
        "She added ½ cup of milk.|½ cup|0.5|cup",
        // products of lengths give both sides the unit
        "The cell is 3 x 4 m and dark.|3|3|metre",
        "The cell is 3 x 4 m and dark.|4 m|4|metre",
        "They built a 10 by 12 feet shed.|10|10|foot",
        "The slab is 1 m x 2 m.|1 m|1|metre",
        // a glued m is metres where other lengths are talked about
        "A 2m board lay beside a 50 cm shelf.|2m|2|metre",
        // lower-case currency codes before the number
        "The fee was usd 40 or rmb 280.|usd 40|40|USD",
        "The fee was usd 40 or rmb 280.|rmb 280|280|CNY",
        "Tickets were 30 usd 28 eur at the gate.|30 usd|30|USD",
        "Tickets were 30 usd 28 eur at the gate.|28 eur|28|EUR",
        // a glued multiple
        "The lens has a 3x zoom.|3x|3|times",
        // one with a unit measures, whatever comes before it
        "Only that one mile was paved.|one mile|1|mile",
      })
  void readsTheUnit(String text, String start, double value, String unit) {
    Quantity q = at(text, start);
    assertEquals(value, q.value(), 1e-9, text);
    assertEquals(unit, q.unit(), text);
  }

  @Test
  void aChangeAndALevelWrittenWholeAreNotARange() {
    List<Quantity> qs = tagger.tag("Shares in the miner fell 12p to 345p on Tuesday.");
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("decrease", qs.get(0).change());
    assertEquals(345, qs.get(1).value());
    assertNull(qs.get(1).valueMax());
    // the unit written once after both ends is still a range
    Quantity range = at("Sales are expected to rise 3 to 5 percent.", "3 to 5");
    assertEquals(Bound.RANGE, range.bound());
    assertEquals(5, range.valueMax());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Brent rose to $85 a barrel on Friday.|$85|USD per barrel",
        "Beef now costs €12 a kilo in the capital.|€12|EUR per kilogram",
        "They earn $50 a day and free meals.|$50|USD per day",
        "Sales were $5bn a year ago.|$5bn|USD",
        "The job took a year and a half.|a year and a half|year",
      })
  void moneyAMeasureIsAPrice(String text, String start, String unit) {
    assertEquals(unit, at(text, start).unit(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lows stayed below 10 °C and above 5 °C all week.|below 10|AT_MOST",
        "Lows stayed below 10 °C and above 5 °C all week.|above 5|AT_LEAST",
        "Tickets are free for those 65 and older.|65 and older|AT_LEAST",
        "Entry is free for anyone aged 12 and younger.|12 and younger|AT_MOST",
        "The stake is worth north of $1bn.|north of $1bn|AT_LEAST",
        "As few as 3 players were fit.|As few as 3|AT_LEAST",
        "Rents start from as little as $500 a month.|as little as $500|AT_LEAST",
        "The crowd numbered 500 or more.|500 or more|AT_LEAST",
      })
  void boundsTheirOwnFigureOnly(String text, String start, Bound bound) {
    assertEquals(bound, at(text, start).bound(), text);
  }

  @Test
  void theSameShapesStayPlainWhereTheyMeanSomethingElse() {
    // K is a thousand where no temperature is talked about
    Quantity runners = at("The race drew 20 K runners.", "20 K");
    assertEquals(20_000, runners.value());
    assertNull(runners.unit());
    // a glued m before a plural noun is millions, lengths nearby or not
    Quantity people = at("About 5m people fled along 20 km of road.", "About 5m");
    assertEquals(5_000_000, people.value());
    assertNull(people.unit());
    // a spaced hyphen outside a temperature is a dash
    assertEquals(20, at("The score - 20 points - was a record.", "20").value());
    // a quotation mark that closes a quote is no inch
    assertNull(at("He said \"I have 10\" and left.", "10").unit());
    // brackets that hold more than a unit
    assertNull(at("The top 10 (of 30) teams won.", "10").unit());
    // "try" stays a verb before a number, and x glued between digits is a code
    assertNull(at("Please try 20 more.", "20").unit());
    assertTrue(tagger.tag("The 4x4 was parked.").isEmpty());
  }
}
