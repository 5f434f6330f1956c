package io.tandem.export.layout;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.plan.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats plan values for people: money with its currency, dates in ISO order, enum values by their JSON names. */
public final class Formats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** Formats money as {@code USD 1,250,000}; an empty string for null. */
    public static String money(Money money) {
        if (money == null || money.amount() == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return prefix(money.currency()) + format.format(money.amount());
    }

    /** Formats money in thousands or millions, such as {@code USD 1.25M}, for places with little room. */
    public static String moneyShort(Money money) {
        if (money == null || money.amount() == null) {
            return "";
        }
        return prefix(money.currency()) + shortAmount(money.amount());
    }

    public static String shortAmount(BigDecimal amount) {
        BigDecimal magnitude = amount.abs();
        if (magnitude.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return scaled(amount, 1_000_000) + "M";
        }
        if (magnitude.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return scaled(amount, 1_000) + "K";
        }
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String scaled(BigDecimal amount, long unit) {
        return amount.divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String prefix(String currency) {
        return currency == null ? "" : currency + " ";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    /** Returns the JSON name of an enum value, such as {@code closed won}; an empty string for null. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            JsonProperty name = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return name == null ? value.name().toLowerCase(Locale.ROOT) : name.value();
        } catch (NoSuchFieldException e) {
            return value.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Returns the text with its first letter in upper case, for table cells and chart categories. */
    public static String capitalized(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
