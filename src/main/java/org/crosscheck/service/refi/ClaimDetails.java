package org.crosscheck.service.refi;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;

/**
 * What Crosscheck knows of a claim beyond its words, kind, status and tags, in one line of words for
 * a coded passage's Description ("figure: over 10,000 fighters (killed) · about: Islamic State · place:
 * Afghanistan · refers to: June 2017 (2017-06) · chain: Zamir Kabulov → Interfax → Breitbart News"),
 * the chain being who said it first, who carried it and the article's outlet. The standard has no
 * fields for these, so they go
 * across to be read, and an import does not read them back (the JSON project keeps them).
 */
final class ClaimDetails {

    private ClaimDetails() {
    }

    /** @param chain the claim's citation chain ending in its article's outlet; null when none is known */
    static String of(Claim claim, CitationChain chain) {
        List<String> parts = new ArrayList<>();
        String figure = figure(claim.quantity());
        if (!figure.isEmpty()) {
            parts.add("figure: " + figure);
        }
        add(parts, "about", claim.subject());
        add(parts, "place", claim.place());
        if (!claim.refersTo().isEmpty()) {
            String words = claim.refersTo().words();
            String date = claim.refersTo().date().isKnown() ? claim.refersTo().date().display() : "";
            parts.add("refers to: " + (words.isEmpty() ? date : date.isEmpty() ? words : words + " (" + date + ")"));
        }
        if (chain != null && !chain.describe().isEmpty()) {
            parts.add("chain: " + chain.describe());
        }
        return String.join(" \u00b7 ", parts);
    }

    private static String figure(Quantity quantity) {
        if (quantity.isEmpty()) {
            return "";
        }
        boolean hedged = !quantity.qualifier().isEmpty(); // "over 10,000" says itself what "10,000 or more" would
        String range = quantity.low() == null && quantity.high() == null ? ""
                : quantity.low() == null ? (hedged ? "" : "up to ") + number(quantity.high())
                : quantity.high() == null ? number(quantity.low()) + (hedged ? "" : " or more")
                : quantity.low().equals(quantity.high()) ? number(quantity.low())
                : number(quantity.low()) + "\u2013" + number(quantity.high());
        StringBuilder text = new StringBuilder();
        if (!quantity.qualifier().isEmpty()) {
            text.append(quantity.qualifier()).append(' ');
        }
        text.append(range);
        String counted = quantity.normalized().isEmpty() ? quantity.counted() : quantity.normalized();
        if (!counted.isEmpty()) {
            text.append(' ').append(counted);
        }
        if (!quantity.role().isEmpty()) {
            text.append(" (").append(quantity.role()).append(')');
        }
        return text.toString().strip();
    }

    private static String number(double value) {
        return NumberFormat.getNumberInstance(Locale.ROOT).format(value);
    }

    private static void add(List<String> parts, String label, String value) {
        if (!value.isEmpty()) {
            parts.add(label + ": " + value);
        }
    }
}
