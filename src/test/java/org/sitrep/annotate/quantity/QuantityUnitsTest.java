package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

/** Units read through the units table: glued, compound, ranged, currencies and rates. */
class QuantityUnitsTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private Quantity only(String text) {
    return OnlyQuantity.in(tagger, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The phone has 64GB of storage.|64|gigabyte",
        "A 1TB drive is extra.|1|terabyte",
        "She ran 5km on Sunday.|5|kilometre",
        "The engine makes 300 hp at the top.|300|horsepower",
        "The engine makes 300bhp.|300|horsepower",
        "It delivers 400 lb-ft of torque.|400|pound-foot",
        "It delivers 500 N·m of torque.|500|newton metre",
        "It idles at 6,500 rpm.|6500|revolution per minute",
        "The motor gives 250 kW.|250|kilowatt",
        "The battery stores 75 kWh.|75|kilowatt hour",
        "The car was doing 120 km/h on the road.|120|kilometre per hour",
        "The car was doing 120km/h on the road.|120|kilometre per hour",
        "It returns 45 mpg.|45|mile per gallon",
        "He ran for 120 yards.|120|yard",
        "The flat measures 85 square metres.|85|square metre",
        "The lake covers 190 km2.|190|square kilometre",
        "Carbon dioxide reached 420 ppm.|420|part per million",
        "The index fell 190 points.|190|point",
        "Temperatures hit 40C in London.|40|degree celsius",
        "Water boils at 100° Celsius.|100|degree celsius",
        "It was -5C overnight.|-5|degree celsius",
        "He is 1.8m tall.|1.8|metre",
        "The crane has an outreach of 48m.|48|metre",
        "He is 5 feet 2 inches tall.|5.166666666666667|foot",
        "He is 6 ft 2 in.|6.166666666666667|foot",
      })
  void measures(String text, double value, String unit) {
    Quantity q = only(text);
    assertEquals(value, q.value(), 1e-9);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The ECB lent €100bn.|100000000000|EUR",
        "It is a US$1.2 billion deal.|1200000000|USD",
        "Washington approved $1.2 billion.|1200000000|USD",
        "London paid £3m.|3000000|GBP",
        "The fine is CHF 5.|5|CHF",
        "It costs 5 euros.|5|EUR",
        "The project costs Rs 40 crore.|400000000|INR",
        "The project costs Rs. 40 crore.|400000000|INR",
        "The ticket is HK$10.|10|HKD",
        "It sold for 3,000 swiss francs.|3000|CHF",
        "Losses exceeded 30 MUSD.|30000000|USD",
        "Revenue was MSEK 120.|120000000|SEK",
        "The price is USD115.|115|USD",
        "It only cost 3 dollars 50 cents.|3.5|USD",
        "They paid £3 and 20p.|3.2|GBP",
      })
  void money(String text, double value, String iso) {
    Quantity q = only(text);
    assertEquals(value, q.value(), 1e-6);
    assertEquals(iso, q.unit());
  }

  @Test
  void millionOrMetresByContext() {
    Quantity fans = only("The club has 3.5m fans.");
    assertEquals(3.5e6, fans.value(), 1e-6);
    assertNull(fans.unit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The range is between 40 and 55 km.|40|55|kilometre",
        "The range is 40-55 km.|40|55|kilometre",
        "The range is between 40km and 55km.|40|55|kilometre",
        "They walked from 10 kg to 20 kg.|10|20|kilogram",
        "Rates are between 2% and 3%.|2|3|percent",
        "It cost $3-5bn.|3000000000|5000000000|USD",
      })
  void rangesTakeTheUnitForBothEnds(String text, double lo, double hi, String unit) {
    Quantity q = only(text);
    assertEquals(Bound.RANGE, q.bound());
    assertEquals(lo, q.value(), 1e-6);
    assertEquals(hi, q.valueMax(), 1e-6);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The dividend is $5 per share.|USD per share",
        "The dividend is $5 a share.|USD per share",
        "The bid is 470 pence a share.|pence per share",
        "Prices rose 3 per cent a year.|percent per year",
        "He averaged 27.5 points per game.|point per game",
        "He averaged 27.5 ppg.|point per game",
        "Output fell by 500,000 barrels a day.|barrel per day",
        "Petrol costs €2/litre now.|EUR per litre",
      })
  void rates(String text, String unit) {
    assertEquals(unit, only(text).unit());
  }

  @Test
  void aYearAgoIsNoRate() {
    assertEquals("USD", only("Sales were $5bn a year ago.").unit());
    assertEquals("percent", only("Sales rose 5% a year earlier.").unit());
  }

  @Test
  void unitsWordsAreNotCountedNouns() {
    Quantity shares = only("They sold 10 shares.");
    assertNull(shares.unit(), "a denominator is no unit on its own");
    assertEquals("shares", shares.counted());
  }

  @Test
  void codesAndNamesAreNotCurrencies() {
    assertEquals(List.of(), tagger.tag("The SR71 flew fast."));
    assertEquals("times", only("They try 5 times.").unit(), "a multiple, not the lira");
    assertNull(only("Turnout was 5 try-outs.").unit());
    assertNull(only("The meeting starts at 2 p.m. sharp.").unit());
    assertNull(only("Order part 24703 L-202 now.").unit());
  }
}
