package org.gkml.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a 公开方式 / 公开形式 cell that lists channels (政府网站、公告栏) from one that states the mode (主动公开,
 * 依申请公开). Catalogs use both words both ways; read as a mode, a channel list would silently give nothing.
 * A cell counts as channels only when every piece of it is a whole channel name, so a sentence about the mode
 * ("经审核后公开") is never taken for one.
 */
final class ChannelsInModeColumn {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/\\n\\s\u3000]+");

    private final ChannelNames names;

    ChannelsInModeColumn(ChannelNames names) {
        this.names = names;
    }

    /**
     * Whether the cell is a list of channel names and nothing else: its lines as typed (one channel a line), or
     * with the lines joined, where a narrow column wrapped a name (政府网 ⏎ 站).
     */
    boolean namesChannels(String cell) {
        if (cell == null) return false;
        return namesOnly(CellText.strip(cell)) || namesOnly(CellText.join(cell));
    }

    private boolean namesOnly(String text) {
        if (text == null) return false;
        List<String> pieces = Arrays.stream(SEPARATORS.split(text)).filter(p -> !p.isEmpty()).toList();
        return !pieces.isEmpty() && pieces.stream().allMatch(names::isComplete);
    }
}
