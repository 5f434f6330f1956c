package io.tandem.plan.value;

import java.math.BigDecimal;

/** An amount in one ISO 4217 currency, such as {@code {"amount": 420000, "currency": "USD"}}. */
public record Money(BigDecimal amount, String currency) {
}
