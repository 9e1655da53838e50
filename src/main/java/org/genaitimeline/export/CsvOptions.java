package org.genaitimeline.export;

import org.genaitimeline.i18n.Language;
import picocli.CommandLine.Option;

/**
 * How CSV is written (a picocli mixin shared by {@code --list --format csv} and the table
 * exports): cells that a spreadsheet would run as a formula are defused unless the user asks
 * for the raw values, and a file may start with a UTF-8 byte order mark so that Excel reads
 * Chinese text as UTF-8 instead of the system's code page.
 */
final class CsvOptions {

    @Option(names = "--raw-csv", descriptionKey = "cli.option.rawCsv")
    boolean raw;

    /** Null when not given: then on for Chinese, whose tables Excel garbles without it. */
    @Option(names = "--csv-bom", negatable = true, descriptionKey = "cli.option.csvBom")
    Boolean bom;

    /** Whether a CSV file written in this language starts with the byte order mark. */
    boolean bomFor(Language language) {
        return bom != null ? bom : language == Language.ZH;
    }
}
