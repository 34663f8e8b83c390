package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a piece of a channel cell names a channel whole: a known channel (mappings/channels.tsv) or a name
 * ending like one (mappings/channel-suffixes.tsv: 网站, 公示栏, 端, 平台 …). "政务服务" or "村（社区）公示" is
 * not whole: the column wrapped it.
 */
final class ChannelNames {

    private static final Pattern TRAILING_REMARK = Pattern.compile("[（(][^（()）]*[）)]$");

    private final Set<String> known;
    private final List<String> suffixes;
    /** The longest known name's length: no name of a run is longer (so few look-ups a position). */
    private final int longestKnown;

    ChannelNames(MappingFile channels, MappingFile suffixes) {
        this.known = Set.copyOf(channels.lines());
        this.suffixes = suffixes.lines();
        this.longestKnown = known.stream().mapToInt(String::length).max().orElse(0);
    }

    boolean isKnown(String name) {
        return name != null && known.contains(Simplified.fold(name));
    }

    /**
     * A known channel name runs across the break: the line before ends with its start and the next line opens with
     * the rest (“宜良卫健”微信 ⏎ 公众号: 微信公众号), although the line before already ends like a channel.
     */
    boolean spansBreak(String before, String after) {
        String b = Simplified.fold(before), a = Simplified.fold(after);
        for (String k : known) {
            for (int i = 1; i < k.length(); i++) {
                if (b.endsWith(k.substring(0, i)) && a.startsWith(k.substring(i))) return true;
            }
        }
        return false;
    }

    /**
     * A run of known channel names printed with nothing between them (政府网站政务服务中心社区/企事业单位/村公示栏: a
     * Word cell's names typed one a paragraph, as a PDF's text gives them): the names, longest first at each point;
     * empty unless at least two known names cover the whole text.
     */
    List<String> runTogether(String text) {
        String folded = Simplified.fold(text);
        if (folded.length() != text.length() || known.contains(folded)) return List.of();
        List<String> names = new java.util.ArrayList<>();
        return cover(text, folded, 0, names) && names.size() >= 2 ? names : List.of();
    }

    private boolean cover(String text, String folded, int from, List<String> names) {
        if (from == folded.length()) return true;
        for (int end = Math.min(folded.length(), from + longestKnown); end > from; end--) {
            if (!known.contains(folded.substring(from, end))) continue;
            names.add(text.substring(from, end));
            if (cover(text, folded, end, names)) return true;
            names.remove(names.size() - 1);
        }
        return false;
    }

    boolean isComplete(String name) {
        if (name == null) return false;
        String n = Simplified.fold(CellText.strip(name));   // 政府網站 ends like 网站
        // 公示栏（电子屏） ends like 公示栏, and so does 公示栏 (电子屏 ) as OCR spaces it
        String cut = CellText.strip(TRAILING_REMARK.matcher(n).replaceFirst(""));
        if (!cut.isEmpty()) n = cut;
        if (n.isEmpty()) return false;
        if (known.contains(n)) return true;
        for (String k : known) if (n.endsWith(k)) return true;
        for (String s : suffixes) if (n.endsWith(s)) return true;
        return false;
    }
}
