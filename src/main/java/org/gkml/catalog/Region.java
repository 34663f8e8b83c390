package org.gkml.catalog;

/** Province / city / county of a catalog; a part is null where neither the text nor geography tells it. */
public record Region(String province, String city, String county) implements java.io.Serializable {
    public static final Region UNKNOWN = new Region(null, null, null);

    public boolean isEmpty() {
        return province == null && city == null && county == null;
    }
}
