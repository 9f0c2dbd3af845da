package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTest {

    /** French groups thousands with a (narrow) no-break space; people read it as a space. */
    private static String spaces(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void eurosInFrenchAreWrittenTheFrenchWay() {
        assertThat(spaces(Amounts.euros(new BigDecimal("4500"), Locale.FRENCH)), is("4 500,00 €"));
        assertThat(spaces(Amounts.euros(1234.5, Locale.FRENCH)), is("1 234,50 €"));
    }

    @Test
    void eurosInEnglishAreWrittenTheEnglishWay() {
        assertThat(Amounts.euros(new BigDecimal("4500"), Locale.ENGLISH), is("€4,500.00"));
    }

    @Test
    void anotherCurrencyKeepsItsSymbolAndAnUnknownOneFallsBackToEuros() {
        assertThat(Amounts.money(new BigDecimal("10"), "USD", Locale.ENGLISH), is("$10.00"));
        assertThat(spaces(Amounts.money(new BigDecimal("10"), "XYZW", Locale.FRENCH)), is("10,00 €"));
    }

    @Test
    void numbersAreGroupedWithAtMostTwoDecimals() {
        assertThat(spaces(Amounts.number(12345, Locale.FRENCH)), is("12 345"));
        assertThat(Amounts.number(new BigDecimal("2.5"), Locale.FRENCH), is("2,5"));
        assertThat(Amounts.number(12345, Locale.ENGLISH), is("12,345"));
    }

    @Test
    void daysAreDayMonthYearAndNothingShowsAsEmpty() {
        assertThat(Amounts.day(LocalDate.of(2027, 1, 6), Locale.FRENCH), is("06/01/2027"));
        assertThat(Amounts.euros(null, Locale.FRENCH), is(""));
        assertThat(Amounts.day(null, Locale.FRENCH), is(""));
    }
}
