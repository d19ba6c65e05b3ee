package org.crosscheck.model;

import java.util.List;

/**
 * One independent origin of a comparison group: statements whose citation chains meet at one original
 * speaker or first outlet, however many articles repeat them (the comparison finds them; see
 * {@code compare.Origins}).
 *
 * @param name       who it is: "Zamir Kabulov", "Interfax"
 * @param statements the positions in the group of its statements, in group order
 */
public record Origin(String name, List<Integer> statements) {

    public Origin {
        statements = List.copyOf(statements);
    }

    /** "1 independent origin", "4 independent origins". */
    public static String count(int origins) {
        return origins + (origins == 1 ? " independent origin" : " independent origins");
    }
}
