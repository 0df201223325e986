package org.sitrep.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTableTest {
  private final UnitTable table = UnitTable.get();

  private String name(String surface) {
    UnitTable.Unit u = table.lookup(surface);
    return u == null ? null : u.name();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "km|kilometre|length",
        "Kilometres|kilometre|length",
        "kilometers|kilometre|length",
        "GB|gigabyte|data",
        "gb|gigabit|data",
        "mb|megabit|data",
        "KB|kilobyte|data",
        "kB|kilobyte|data",
        "Gbps|gigabit per second|data rate",
        "long tons|long ton|mass",
        "tonnes|tonne|mass",
        "tons|ton|mass",
        "cups|cup|volume",
        "TB|terabyte|data",
        "Mb|megabit|data",
        "megabytes|megabyte|data",
        "hp|horsepower|power",
        "bhp|horsepower|power",
        "kW|kilowatt|power",
        "MW|megawatt|power",
        "mw|megawatt|power",
        "kWh|kilowatt hour|energy",
        "rpm|revolution per minute|frequency",
        "yards|yard|length",
        "square metres|square metre|area",
        "sq ft|square foot|area",
        "ppm|part per million|fraction",
        "N·m|newton metre|torque",
        "Nm|newton metre|torque",
        "lb-ft|pound-foot|torque",
        "km/h|kilometre per hour|speed",
        "km / h|kilometre per hour|speed",
        "kph|kilometre per hour|speed",
        "mph|mile per hour|speed",
        "miles an hour|mile per hour|speed",
        "mpg|mile per gallon|fuel economy",
        "°C|degree celsius|temperature",
        "° C|degree celsius|temperature",
        "degrees Fahrenheit|degree fahrenheit|temperature",
        "%|percent|fraction",
        "per cent|percent|fraction",
        "percentage points|percentage point|fraction",
        "milligrams|milligram|mass",
        "ms|millisecond|time",
        "hPa|hectopascal|pressure",
        "points|point|score",
        "ppg|point per game|score rate",
      })
  void looksUpSurfaces(String surface, String unit, String dimension) {
    UnitTable.Unit u = table.lookup(surface);
    assertNotNull(u, surface);
    assertEquals(unit, u.name());
    assertEquals(dimension, u.dimension());
    assertEquals(dimension, table.dimension(unit));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "€|EUR",
        "$|USD",
        "US$|USD",
        "C$|CAD",
        "HK$|HKD",
        "£|GBP",
        "CHF|CHF",
        "swiss francs|CHF",
        "euros|EUR",
        "Rs|INR",
        "₹|INR",
        "rupees|INR",
        "yen|JPY",
        "renminbi|CNY",
        "hryvnias|UAH",
        "zł|PLN",
        "NIS|ILS",
      })
  void currenciesBySymbolCodeAndName(String surface, String iso) {
    UnitTable.Unit u = table.lookup(surface);
    assertNotNull(u, surface);
    assertTrue(u.isCurrency());
    assertEquals(iso, u.currency());
    assertEquals(iso, u.name());
    assertEquals("money", u.dimension());
  }

  @Test
  void symbolsKeepTheirCaseWhereCaseMatters() {
    assertNull(table.lookup("try"), "a verb, not the lira's code");
    assertEquals("TRY", name("TRY"));
    assertNull(table.lookup("pa"), "per annum, not pascals");
    assertEquals("pascal", name("Pa"));
    assertEquals("megabyte", name("MB"));
    assertEquals("megabit", name("Mb"));
    assertEquals("megabit", name("mb"), "a lower-case b is a bit, whatever the prefix's case");
    assertEquals("megabyte", table.readings("MB").get(0).name());
    assertNull(table.lookup("x"), "a multiple's x stands only glued to its number");
    assertEquals("times", table.gluedSymbol("x").name());
    assertEquals("metre", table.unitAlone("m").name(), "alone in a table header, m is a metre");
    assertNull(table.lookup("m"), "a bare m is a compound part only: metre or million is context");
    assertNull(table.lookup("kmart"));
  }

  @Test
  void ambiguousSurfacesKeepEveryReading() {
    List<UnitTable.Unit> pounds = table.readings("pounds");
    assertEquals("pound", pounds.get(0).name());
    assertEquals("mass", pounds.get(0).dimension());
    assertTrue(pounds.stream().anyMatch(u -> "GBP".equals(u.currency())));
  }

  @Test
  void ratesAreBuiltAndReadBack() {
    UnitTable.Unit share = table.lookup("USD/share");
    assertEquals("USD per share", share.name());
    assertTrue(share.isRate());
    assertTrue(share.isCurrency());
    assertEquals("USD", share.currency());
    assertEquals("share", share.per());

    UnitTable.Unit yearly = table.named("percent per year");
    assertNotNull(yearly);
    assertEquals("percent", yearly.of().name());
    assertEquals("fraction/time", yearly.dimension());
    assertNull(yearly.currency());
    assertEquals("GBP", table.currency("GBP per barrel"));

    // A compound that has a row takes the row: km/h is a speed, not "length/time".
    assertEquals("speed", table.named("kilometre per hour").dimension());
    assertEquals("kilometre per millisecond", name("km/ms"));
    // "an" reads as "per" only before a time or a denominator.
    assertNull(table.lookup("metres an apple"));
  }

  @Test
  void conversionsToTheBaseUnit() {
    assertEquals(1609.344, table.lookup("miles").toBase(1), 1e-9);
    assertEquals(5000, table.lookup("km").toBase(5), 1e-9);
    assertEquals(64 * 8e9, table.lookup("GB").toBase(64), 1);
    assertEquals(3.6e6, table.lookup("kWh").toBase(1), 1e-3);
    assertEquals("metre", table.lookup("km").base());
    assertNull(table.lookup("°C").toBase(20), "no factor for a scale with an offset");
  }

  @Test
  void denominatorsAreNoUnitsOnTheirOwn() {
    assertTrue(table.lookup("share").denominatorOnly());
    assertTrue(table.lookup("game").denominatorOnly());
    assertFalse(table.lookup("points").denominatorOnly());
  }

  @Test
  void everyNameIsFoundByItself() {
    Set<String> seen = new HashSet<>();
    for (String n : table.names()) {
      assertTrue(seen.add(n), "listed twice: " + n);
      assertNotNull(table.named(n), n);
    }
    assertTrue(seen.size() > 150, "prefixed forms are generated: " + seen.size());
  }

  @Test
  void cueSetsAreData() {
    assertTrue(UnitTable.cues("money").contains("spent"));
    assertTrue(UnitTable.cues("weight").contains("weighs"));
    assertTrue(UnitTable.cues("length-after").contains("tall"));
    assertTrue(UnitTable.cues("nothing").isEmpty());
  }

  @Test
  void aShortRowIsRefusedWithItsLine() {
    String bad = "# comment\nunit\tfoo\tlength\n";
    IOException e =
        assertThrows(
            IOException.class, () -> UnitTable.read(new BufferedReader(new StringReader(bad))));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aSmallTableReadsPrefixes() throws IOException {
    String tsv =
        "prefix\tkilo\tprefix\tk\t-\t1e3\t-\t-\t-\n"
            + "unit\tmetre\tlength\t~m\tmetre|metres\t1\tmetre\tk\t-\n";
    UnitTable t = UnitTable.read(new BufferedReader(new StringReader(tsv)));
    assertEquals("kilometre", t.lookup("kilometres").name());
    assertEquals(1000, t.lookup("km").factor(), 1e-9);
    assertNull(t.lookup("m"));
    assertEquals("kilometre per metre", t.lookup("km/m").name());
  }
}
