package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.Options;

/** What the normalisation stage knows of catalogs' words and places, built once from the run's {@link Mappings}. */
record NormalizeVocabulary(Options options, CatalogWords words, WebChrome chrome, UnitNames units, CellRemark remarks,
                           ChannelNames channelNames, Channels channels, ChannelsInModeColumn modeColumnChannels,
                           CatalogTitle titles, Gazetteer gazetteer) {

    static NormalizeVocabulary of(Mappings mappings) {
        CatalogWords words = new CatalogWords(mappings.file("catalog-names.tsv"));
        WebChrome chrome = new WebChrome(mappings.file("web-chrome.tsv"));
        ChannelNames channelNames = new ChannelNames(mappings.file("channels.tsv"), mappings.file("channel-suffixes.tsv"));
        return new NormalizeVocabulary(mappings.options(), words, chrome,
                new UnitNames(mappings.file("unit-suffixes.tsv"), mappings.file("unit-ranks.tsv")),
                new CellRemark(mappings.file("remark-markers.tsv")),
                channelNames,
                new Channels(mappings.checkMarks(), channelNames),
                new ChannelsInModeColumn(channelNames),
                new CatalogTitle(words, chrome),
                Gazetteer.of(mappings));
    }
}
