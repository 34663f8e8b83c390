package org.gkml.normalize;

import java.util.List;

/**
 * What a channel cell (公开渠道和载体) says.
 *
 * @param selected  the channels chosen (checkbox mode) or named (plain mode), in cell order
 * @param webColumn a website column named in the text (政府网站“机构信息”栏目 → 机构信息), or null
 * @param warnings  odd content met while reading, as readable messages
 * @param standIns  the characters read as boxes where they stood for one ("口 → □"), or null ({@link StandInBoxes})
 */
record ChannelReading(List<String> selected, String webColumn, List<String> warnings, String standIns) {

    static final ChannelReading EMPTY = new ChannelReading(List.of(), null, List.of(), null);

    ChannelReading(List<String> selected, String webColumn, List<String> warnings) {
        this(selected, webColumn, warnings, null);
    }

    ChannelReading {
        selected = List.copyOf(selected);
        warnings = List.copyOf(warnings);
    }
}
