package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Region;
import org.gkml.catalog.Simplified;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field (领域) an agency's name says, for a catalog whose title names none: the name less its place and its kind
 * of unit — 昆明市西山区医疗保障局 → 医疗保障, 岳麓区教育局 → 教育, 河源市生态环境局东源分局 → 生态环境, 省医保局 → 医保.
 * A general government (人民政府, 街道办事处) names no field. The unit words are data
 * (mappings/reference-fit.tsv {@code unit}, {@code government}).
 */
public final class AgencyField {

    /** A place at the start of a name: two or more characters and an administrative ending (昆明市, 大武口区). */
    private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{2,9}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗)");
    /** The province alone at the start (省医保局; not 市, which starts 市场监督管理). */
    private static final Pattern LEVEL = Pattern.compile("^省");
    private static final int SHORTEST = 2;

    private final List<String> units;
    private final List<String> governments;

    /**
     * @param units       the endings of a unit's kind (局, 厅, 委员会 …): the name is cut at the first
     * @param governments the words of a general government (人民政府, 办事处): such an agency names no field
     */
    public AgencyField(List<String> units, List<String> governments) {
        this.units = units.stream().map(Simplified::fold).toList();
        this.governments = governments.stream().map(Simplified::fold).toList();
    }

    /** The field a catalog's title names (领域), else the one its agency's name says, else null. */
    public String of(CatalogDocument d) {
        String titled = ReferenceFields.field(d);
        return titled != null ? titled : of(d.agency(), d.region());
    }

    /** The field an agency's name says, or null. */
    public String of(String agency, Region region) {
        if (agency == null || agency.isBlank()) return null;
        String s = Simplified.fold(agency.strip());
        for (String g : governments) if (s.contains(g)) return null;
        int cut = -1;
        for (String u : units) {
            int at = s.indexOf(u);
            if (at > 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut < 0) return null;
        s = s.substring(0, cut);
        if (region != null) {
            for (String place : new String[]{region.province(), region.city(), region.county()}) {
                if (place != null && !place.isBlank() && s.startsWith(Simplified.fold(place.strip()))) s = s.substring(place.strip().length());
            }
        }
        for (int i = 0; i < 3; i++) {
            Matcher m = PLACE.matcher(s);
            if (!m.find() || s.length() - m.end() < SHORTEST) break;
            s = s.substring(m.end());
        }
        Matcher level = LEVEL.matcher(s);
        if (level.find() && s.length() - level.end() >= SHORTEST) s = s.substring(level.end());
        return s.length() < SHORTEST ? null : s;
    }
}
