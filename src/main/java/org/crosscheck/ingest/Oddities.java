package org.crosscheck.ingest;

import java.util.Map;

/**
 * What a text decoded in the wrong single-byte encoding shows and real text does not: a symbol
 * between two letters ("urz¹d" for "urząd", "dwana¶cie"), and letters of languages that are not
 * written together ("urzšd": Polish in windows-1250 read as ISO-8859-2 gives a Czech š beside
 * Polish ł and ę; "ľe" for Czech "že" read the other way gives a Slovak ľ beside Czech ř).
 * ICU's letter-triple tables are too coarse to see these: the ISO-8859-2 and windows-1250
 * readings of one text score within a few points of each other.
 */
record Oddities(int symbolsInWords, int foreignLetters) {

    private static final int POLISH = 1;
    private static final int CZECH = 2;
    private static final int SLOVAK = 4;
    private static final int CROATIAN_SLOVENE = 8;
    private static final int HUNGARIAN = 16;
    private static final int ROMANIAN = 32;

    /** The Central European letters that only some of these languages write, and which. */
    private static final Map<String, Integer> LETTERS = Map.of(
            "ąęłńśźż", POLISH,
            "ó", POLISH | CZECH | SLOVAK | HUNGARIAN,
            "ć", POLISH | CROATIAN_SLOVENE,
            "čšž", CZECH | SLOVAK | CROATIAN_SLOVENE,
            "řěů", CZECH,
            "ďťň", CZECH | SLOVAK,
            "ľĺŕô", SLOVAK,
            "đ", CROATIAN_SLOVENE,
            "őű", HUNGARIAN,
            "ăşţ", ROMANIAN);
    private static final int[] LANGUAGES = {POLISH, CZECH, SLOVAK, CROATIAN_SLOVENE, HUNGARIAN, ROMANIAN};

    /** All that looks wrong. */
    int count() {
        return symbolsInWords + foreignLetters;
    }

    /**
     * What in the text looks like a wrong decoding: symbols inside words, and the distinctive
     * letters that the language most of them fit does not write (a name from another language
     * counts too, which is why a symbol inside a word is the stronger sign).
     */
    static Oddities in(String text) {
        int symbolsInWords = 0;
        int distinctive = 0;
        int[] fitting = new int[LANGUAGES.length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            int languages = languagesOf(Character.toLowerCase(c));
            if (languages != 0) {
                distinctive++;
                for (int l = 0; l < LANGUAGES.length; l++) {
                    fitting[l] += (languages & LANGUAGES[l]) != 0 ? 1 : 0;
                }
            } else if (isSymbol(c) && i > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                symbolsInWords++;
            }
        }
        int best = 0;
        for (int count : fitting) {
            best = Math.max(best, count);
        }
        return new Oddities(symbolsInWords, distinctive - best);
    }

    private static int languagesOf(char letter) {
        for (Map.Entry<String, Integer> entry : LETTERS.entrySet()) {
            if (entry.getKey().indexOf(letter) >= 0) {
                return entry.getValue();
            }
        }
        return 0;
    }

    /** Signs, superscript figures and marks stand beside words ("©BBC", "25°C") but not inside one. */
    private static boolean isSymbol(char c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL, Character.OTHER_NUMBER -> true;
            default -> "¶§¿¡".indexOf(c) >= 0;
        };
    }
}
