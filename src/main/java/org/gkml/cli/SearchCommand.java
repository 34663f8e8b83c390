package org.gkml.cli;

import org.gkml.index.analysis.HanLPTokenizer;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.MappingsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.FilterKey;
import org.gkml.index.IndexMissingException;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.index.SearchableIndex;
import org.gkml.index.solr.SolrCatalogSearcher;
import org.gkml.ingest.RunLog;
import org.apache.lucene.search.IndexSearcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

@Command(name = "search",
        description = {
                "Search the ingested catalogs. Every word of QUERY must match,",
                "as a phrase, or through a synonym (mappings/search-synonyms.tsv).",
                "Function and question words (的 和 谁 哪些 如何 …, listed in",
                "mappings/query-stop-words.tsv) need not match: 异地就医的时限",
                "searches 异地就医 and 时限. A single Chinese character finds every",
                "entry that holds it anywhere (医 finds 医疗, 就医 …).",
                "Matches in the item and category rank above content matches.",
                "Filters are exact; several values of one key match any of them,",
                "different keys must all match. Without QUERY, every entry that",
                "passes the filters is listed.",
                "",
                "Examples:",
                "  gkml search 异地就医",
                "  gkml search 领导信息 -f province=宁夏回族自治区 --group-by agency",
                "  gkml search 年报 --json --limit 50"},
        mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
    List<String> query = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder written by `gkml ingest` (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("gkml-data");

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", completionCandidates = FilterKeyNames.class,
            description = "Exact filter, repeatable. Keys: ${COMPLETION-CANDIDATES}.")
    List<String> filters = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Hits to show (per group with --group-by; default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--group-by", paramLabel = "KEY", description = "Group hits by agency (or source, province, city, county, level, category).")
    String groupBy;

    @Option(names = "--all-copies", description = "Show identical entries from different files (one catalog in several formats) separately.")
    boolean allCopies;

    @Option(names = "--json", description = "One JSON object per hit per line: source, agency, region, the entry's schema keys, score.")
    boolean json;

    @CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The filter keys' names, for the --filter help and shell completion. */
    static final class FilterKeyNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FilterKey.names().iterator();
        }
    }

    /** Each filter key with what its values are, below the options in --help. */
    @CommandLine.Spec
    void describeFilterKeys(CommandLine.Model.CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of("", "Filter keys:"));
        for (FilterKey k : FilterKey.values()) lines.add(String.format("  %-16s %s", k.key(), k.help()));
        spec.usageMessage().footer(lines.toArray(String[]::new));
    }

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(Main.stdout(), false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", query), parseFilters(), limit, groupBy, !allCopies);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // Only a query with words is segmented: then the dictionaries load while the index opens; without, never.
        if (!request.query().isBlank()) HanLPTokenizer.loadDictionariesInBackground();
        Synonyms synonyms;
        try {
            synonyms = Synonyms.of(Main.mappings(main));
        } catch (MappingsException e) {
            err.println(Main.explain(e));
            return ExitCode.FATAL;
        }
        try (SearchableIndex searcher = solr.used() ? SolrCatalogSearcher.open(solr.solr, solr.collection) : CatalogSearcher.open(data, synonyms)) {
            SearchResult result = searcher.search(request);
            if (result.totalHits() == 0) explainUnknownFilterValues(searcher, request, err);
            if (json) printJson(out, result);
            else new HumanOutput(out, System.console() != null).print(request, result);
            out.flush();
            return ExitCode.OK;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the query has too many words to search at once ("
                    + query.size() + " given); search for fewer");
        } catch (IndexMissingException | org.gkml.index.IndexFormatException e) {
            err.println("gkml: " + e.getMessage());
            return ExitCode.FATAL;
        } catch (IOException e) {
            err.println("gkml: cannot read the index in " + (solr.used() ? "collection " + solr.collection + " on " + solr.solr : data) + ": " + e.getMessage());
            return ExitCode.FATAL;
        }
    }

    /** Filters are exact; when one names a value no entry has, say which values there are. */
    private static void explainUnknownFilterValues(SearchableIndex searcher, SearchRequest request, PrintWriter err) throws IOException {
        for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
            List<SearchResult.FacetCount> known = searcher.values(f.getKey(), 20);
            for (String v : f.getValue()) {
                if (known.stream().noneMatch(k -> k.value().equals(v))) {
                    err.println("gkml: no entry has " + f.getKey() + "=" + v + " (filters match exactly); values in the index: "
                            + known.stream().map(SearchResult.FacetCount::value).collect(Collectors.joining(", ")));
                }
            }
        }
    }

    private Map<String, List<String>> parseFilters() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (String kv : filters) {
            FilterKey.Filter filter;
            try {
                filter = FilterKey.Filter.parse(kv);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), (e.getMessage().startsWith("wants") ? "--filter " : "") + e.getMessage());
            }
            f.computeIfAbsent(filter.key().key(), k -> new ArrayList<>()).add(filter.value());
        }
        return f;
    }

    private void printJson(PrintWriter out, SearchResult result) {
        if (result.groups().isEmpty()) {
            for (SearchResult.Hit h : result.hits()) out.println(jsonLine(h, null));
        } else {
            for (SearchResult.Group g : result.groups()) {
                for (SearchResult.Hit h : g.hits()) out.println(jsonLine(h, g.value()));
            }
        }
    }

    private String jsonLine(SearchResult.Hit h, String group) {
        ObjectNode o = h.record().deepCopy();
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        if (groupBy != null) o.put("group", group);
        if (!h.highlights().isEmpty()) o.set("highlights", CatalogJson.MAPPER.valueToTree(h.highlights()));
        if (!h.copies().isEmpty()) o.set("also_in", CatalogJson.MAPPER.valueToTree(h.copies()));
        return o.toString();
    }

    /** The readable listing: one block per hit, then the facet counts. */
    static final class HumanOutput {
        private final PrintWriter out;
        private final boolean ansi;

        HumanOutput(PrintWriter out, boolean ansi) {
            this.out = out;
            this.ansi = ansi;
        }

        void print(SearchRequest request, SearchResult result) {
            String what = request.query().isBlank() ? "all entries" : "“" + request.query() + "”";
            String filters = request.filters().isEmpty() ? "" : " with " + request.filters().entrySet().stream()
                    .map(e -> e.getKey() + "=" + String.join("|", e.getValue())).collect(Collectors.joining(", "));
            long copies = result.hits().stream().mapToLong(h -> h.copies().size()).sum();
            out.printf("%d entries match %s%s%s%n", result.totalHits(), mark(what), mark(filters),
                    copies == 0 ? "" : " (" + copies + " identical copies from other files folded into the hits shown)");
            if (result.groups().isEmpty()) {
                out.println();
                int i = 1;
                for (SearchResult.Hit h : result.hits()) hit(i++, h, "");
            } else {
                for (SearchResult.Group g : result.groups()) {
                    out.println();
                    out.printf("== %s (%d)%n", g.value() == null ? "(no " + request.groupBy() + ")" : mark(g.value()), g.totalHits());
                    int i = 1;
                    for (SearchResult.Hit h : g.hits()) hit(i++, h, "   ");
                }
                if (result.groupsTotal() > result.groups().size()) {
                    out.println();
                    out.printf("… and %d more groups (the best %d are shown; narrow the search to see the others)%n",
                            result.groupsTotal() - result.groups().size(), result.groups().size());
                }
            }
            if (result.hits().isEmpty()) out.println("No hits. Try fewer words, or fewer filters.");
            if (!result.facets().isEmpty()) {
                out.println();
                out.println("Facets (narrow with --filter KEY=VALUE):");
                for (Map.Entry<String, List<SearchResult.FacetCount>> f : result.facets().entrySet()) {
                    out.printf("  %-16s %s%n", f.getKey(), f.getValue().stream()
                            .map(c -> mark(c.value()) + " (" + c.count() + ")").collect(Collectors.joining(", ")));
                }
            }
        }

        private void hit(int rank, SearchResult.Hit h, String indent) {
            ObjectNode r = h.record();
            out.printf("%s%2d. %s  [%.2f]%n", indent, rank, mark(h.highlights().getOrDefault("item", Objects.toString(h.item(), "(no item)"))), h.score());
            String region = StreamSupport.stream(r.path("region").spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(" "));
            String seq = r.hasNonNull("seq") ? " #" + r.get("seq").asText() : "";
            out.printf("%s    %s · %s · %s%s%n", indent, mark(Objects.toString(h.agency(), "(agency unknown)")),
                    region.isEmpty() ? "(region unknown)" : mark(region), mark(h.source()), mark(seq));
            line(indent, "一级事项", h.highlights().getOrDefault("category", h.text("category")));
            line(indent, "公开内容", h.highlights().getOrDefault("content", shorten(h.text("content"))));
            if (h.highlights().containsKey("basis")) line(indent, "公开依据", h.highlights().get("basis"));
            line(indent, "公开时限", h.text("time_limit"));
            if (r.has("channels")) line(indent, "公开渠道", join(r.get("channels")));
            if (h.highlights().containsKey("other")) line(indent, "其他", h.highlights().get("other"));
            if (!h.copies().isEmpty()) line(indent, "also in", String.join(", ", h.copies()));
        }

        private void line(String indent, String label, String value) {
            if (value == null || value.isBlank()) return;
            out.printf("%s    %s: %s%n", indent, label, mark(value.replaceAll("\\s+", " ")));
        }

        /** Catalog cells are untrusted: their control characters are shown as escapes, never sent to the terminal. */
        private String mark(String s) {
            s = RunLog.printable(s);
            return ansi ? s.replace(CatalogSearcher.MARK_START, "\u001b[1;31m").replace(CatalogSearcher.MARK_END, "\u001b[0m") : s;
        }

        private static String shorten(String s) {
            return s == null || s.length() <= 120 ? s : s.substring(0, 119) + "…";
        }

        private static String join(JsonNode list) {
            List<String> parts = new ArrayList<>();
            list.forEach(n -> parts.add(n.asText()));
            return String.join("、", parts);
        }
    }
}
