package org.gkml.report.coverage;

/**
 * One way of telling whether two item names (with their 一级事项) are the same item. A matcher either has no say
 * (null: the method cannot judge the pair, so the next one may) or gives a likeness, which its threshold turns
 * into same or not (see {@link Concordance}).
 */
public interface ItemMatcher {

    /** A name as a catalog lists it, under its 一级事项 (null when not known). */
    record Named(String name, String category) {
        public Named {
            if (name == null) throw new IllegalArgumentException("an item without a name");
        }

        public static Named of(String name) {
            return new Named(name, null);
        }
    }

    /** How alike two names are by {@code method}: 0–1. */
    record Match(ItemNames.Method method, double score) {
    }

    /** The likeness of {@code a} and {@code b}, or null when this method has no say on them. */
    Match match(Named a, Named b);

    /** The likeness from which this method calls two names one item. */
    double threshold();
}
