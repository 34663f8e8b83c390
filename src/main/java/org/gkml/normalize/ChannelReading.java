package org.gkml.normalize;

import java.util.List;

/**
 * What a channel cell (公开渠道和载体) says.
 *
 * @param selected  the channels chosen (checkbox mode) or named (plain mode), in cell order
 * @param webColumn a website column named in the text (政府网站“机构信息”栏目 → 机构信息), or null
 * @param warnings  odd content met while reading, as readable messages
 */
record ChannelReading(List<String> selected, String webColumn, List<String> warnings) {

    static final ChannelReading EMPTY = new ChannelReading(List.of(), null, List.of());

    ChannelReading {
        selected = List.copyOf(selected);
        warnings = List.copyOf(warnings);
    }
}
