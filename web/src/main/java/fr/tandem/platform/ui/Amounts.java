package fr.tandem.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * The one formatter of money, numbers and calendar days of the interface, in the page's language
 * ({@link LanguageSwitch}): "4 500,00 €" and "06/01/2027" in French, "€4,500.00" and "06/01/2027" in English.
 * Pages call it as {@code #{amounts.euros(x)}}, {@code #{amounts.money(x, 'EUR')}}, {@code #{amounts.number(x)}},
 * {@code #{amounts.day(d)}}; nulls show as an empty text.
 */
@Named("amounts")
@ApplicationScoped
public class Amounts {

    @Inject
    LanguageSwitch language;

    /** An amount in euros, two decimals: "4 500,00 €". */
    public String euros(Number amount) {
        return euros(amount, locale());
    }

    /** An amount in a currency (ISO code, euros when blank or unknown): "1 200,00 $US". */
    public String money(Number amount, String currency) {
        return money(amount, currency, locale());
    }

    /** A number with its thousands grouped and at most two decimals: "12 345", "2,5". */
    public String number(Number value) {
        return number(value, locale());
    }

    /** A calendar day: "06/01/2027". */
    public String day(LocalDate day) {
        return day(day, locale());
    }

    static String euros(Number amount, Locale locale) {
        return money(amount, "EUR", locale);
    }

    static String money(Number amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currencyOf(currency));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(decimal(amount));
    }

    static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(decimal(value));
    }

    static String day(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", locale));
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
    }

    private static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code == null || code.isBlank() ? "EUR" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Currency.getInstance("EUR");
        }
    }

    private Locale locale() {
        return language.getLocale();
    }
}
