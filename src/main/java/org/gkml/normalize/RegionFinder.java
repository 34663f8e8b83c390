package org.gkml.normalize;

import org.gkml.catalog.Region;
import org.gkml.catalog.Level;
import org.gkml.normalize.Gazetteer.Mention;
import org.gkml.normalize.Gazetteer.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The region a catalog belongs to. The most specific place named by the agency or title decides; the
 * other texts (preamble, table hints) only tell apart places of the same name. When the agency and title
 * name no place, the most specific place in the other texts is taken, with a warning.
 */
final class RegionFinder {

    /** The region found, the level of its most specific part (null when none), and what was odd. */
    record Result(Region region, Level level, boolean fromContext, List<String> warnings) {
    }

    private final Gazetteer gazetteer;

    RegionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result find(List<String> primary, List<String> context) {
        List<Mention> inPrimary = mentions(primary);
        List<Mention> all = new ArrayList<>(inPrimary);
        all.addAll(mentions(context));
        Mention target = mostSpecific(inPrimary);
        boolean fromContext = false;
        if (target == null) {
            target = mostSpecific(all);
            fromContext = target != null;
        }
        if (target == null) return new Result(Region.UNKNOWN, null, false, List.of());
        List<String> warnings = new ArrayList<>();
        if (fromContext) warnings.add("region taken from the text around the table, not from the title: " + target.name());
        if (target.shortForm()) {
            warnings.add("region guessed from the short name " + target.name() + " = " + target.places().get(0).name());
        }
        List<Place> candidates = disambiguate(target, all);
        if (candidates.size() > 1) {
            warnings.add("place name " + target.name() + " is ambiguous (" + candidates.size() + " places); only the parts they share are kept");
            return new Result(shared(candidates), null, fromContext, warnings);
        }
        Place place = candidates.get(0);
        for (String text : primary) {
            Optional<Place> county = BranchOffice.countyOf(text, place, gazetteer);
            if (county.isPresent()) {
                // 泰安市生态环境局宁阳分局: the city's bureau, its branch in 宁阳县
                warnings.add("county taken from the branch office's short name: " + county.get().name());
                return new Result(gazetteer.regionOf(county.get()), Level.COUNTY, fromContext, warnings);
            }
        }
        for (String text : primary) {
            Optional<Place> county = gazetteer.genericCountyAfter(text, place);
            if (county.isPresent()) return new Result(gazetteer.regionOf(county.get()), Level.COUNTY, fromContext, warnings);
        }
        return new Result(gazetteer.regionOf(place), target.level(), fromContext, warnings);
    }

    private List<Mention> mentions(List<String> texts) {
        List<Mention> out = new ArrayList<>();
        for (String t : texts) out.addAll(gazetteer.mentionsIn(t));
        return out;
    }

    private static Mention mostSpecific(List<Mention> mentions) {
        Mention best = null;
        for (Mention m : mentions) if (best == null || m.level().ordinal() > best.level().ordinal()) best = m;
        return best;
    }

    /** The target's places that lie within another place also named; all of them when none does. */
    private List<Place> disambiguate(Mention target, List<Mention> all) {
        if (target.places().size() == 1) return target.places();
        List<Place> within = new ArrayList<>();
        for (Place p : target.places()) {
            boolean confirmed = all.stream().filter(m -> m != target && m.level().ordinal() < target.level().ordinal())
                    .anyMatch(m -> m.places().stream().anyMatch(a -> gazetteer.within(p, a)));
            if (confirmed) within.add(p);
        }
        return within.isEmpty() ? target.places() : within;
    }

    private Region shared(List<Place> places) {
        Region first = gazetteer.regionOf(places.get(0));
        String province = first.province(), city = first.city();
        for (Place p : places) {
            Region r = gazetteer.regionOf(p);
            if (province != null && !province.equals(r.province())) province = null;
            if (city != null && !city.equals(r.city())) city = null;
        }
        return new Region(province, province == null ? null : city, null);
    }
}
