package org.gkml.normalize;

import org.gkml.catalog.Level;
import org.gkml.catalog.Simplified;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A city bureau's branch in one of its counties, named by the county's short name: 泰安市生态环境局宁阳分局 works
 * for 宁阳县. A county's short form is too often an ordinary word to be looked up anywhere (Gazetteer), but
 * before 分局, inside a body of the city that holds such a county, it names that county.
 */
final class BranchOffice {

    /** The short name between a bureau (…局) and 分局; 2–4 characters, as county short names are. */
    private static final Pattern BRANCH = Pattern.compile("局([\\p{IsHan}]{2,4})分局");
    private static final List<String> COUNTY_ENDINGS = List.of("县", "区", "市", "旗", "自治县");

    private BranchOffice() {
    }

    /** The county of the city that the agency's 分局 names by its short name, if exactly one. */
    static Optional<Gazetteer.Place> countyOf(String agency, Gazetteer.Place city, Gazetteer gazetteer) {
        if (agency == null || city == null || city.level() != Level.CITY) return Optional.empty();
        Matcher m = BRANCH.matcher(Simplified.fold(agency));
        if (!m.find()) return Optional.empty();
        Gazetteer.Place found = null;
        for (String ending : COUNTY_ENDINGS) {
            for (Gazetteer.Place p : gazetteer.named(m.group(1) + ending)) {
                if (p.level() != Level.COUNTY || !gazetteer.within(p, city)) continue;
                if (found != null && !found.equals(p)) return Optional.empty();
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }
}
