package org.genaitimeline.export;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What picocli reads from the command line. Values stay strings here and are checked by
 * the commands, so that a bad value gets our own message in the user's language and exit
 * code 1, while picocli's own errors (unknown option, missing value) are usage errors (2).
 * Descriptions come from the {@code cli.option.*} keys of the message bundles.
 */
@Command(name = "genai-timeline", sortOptions = false, versionProvider = VersionProvider.class)
final class CliArguments {

    @Option(names = "--catalog", paramLabel = "FILE", descriptionKey = "cli.option.catalog")
    String catalog;

    @Option(names = "--import-epoch", paramLabel = "FILE", descriptionKey = "cli.option.importEpoch")
    List<String> importEpoch = new ArrayList<>();

    @Option(names = "--validate", arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.option.validate")
    List<String> validate = new ArrayList<>();

    @Option(names = "--list", descriptionKey = "cli.option.list")
    boolean list;

    @Option(names = "--export", paramLabel = "WHAT", descriptionKey = "cli.option.export")
    String export;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.option.format")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "cli.option.lang")
    String lang;

    @Mixin
    QueryOptions query = new QueryOptions();

    @Mixin
    ExportOptions figure = new ExportOptions();

    @Mixin
    CsvOptions csv = new CsvOptions();

    @Mixin
    LineageArgs lineage = new LineageArgs();

    // Picocli's standard help options, declared here rather than by mixinStandardHelpOptions
    // so their descriptions come from our cli.option.* keys in both languages.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.option.version")
    boolean version;
}
