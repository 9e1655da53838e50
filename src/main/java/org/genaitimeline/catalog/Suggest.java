package org.genaitimeline.catalog;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known word to a misspelt one, if it is close enough. */
public final class Suggest {

    private static final int MAX_WORD = 100;

    private Suggest() {
    }

    /**
     * The known word nearest by edit distance, ignoring case, when it is at most two edits
     * away and fewer edits than half the word (so "id" never suggests "era").
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        if (word.length() > MAX_WORD) {
            return Optional.empty(); // a hostile 1 MB "id" must not cost a 1 MB x n distance table
        }
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (Math.abs(k.length() - w.length()) > 2) {
                continue; // at least that many edits apart: never close enough, and no table to fill
            }
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        boolean close = best != null && bestDistance <= 2 && bestDistance * 2 < Math.max(w.length(), 2);
        return close ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
