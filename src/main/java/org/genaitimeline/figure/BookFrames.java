package org.genaitimeline.figure;

import java.util.Arrays;
import java.util.List;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/**
 * The frames of the book's two figures as printed: Figure 14-1 has its title ("Generative AI
 * Timeline") and the "Model Type" legend block in the top right; Figure 14-3 has neither (its
 * colours are explained by the caption). Both get the chapter's caption, in Chinese as the
 * chapter words it and in English in our own translation. Whatever the given frame already
 * says (a title typed in the export dialog, the data credit) is kept.
 */
public final class BookFrames {

    private BookFrames() {
    }

    /** Figure 14-1's frame around {@code base}. */
    public static FigureFrame timeline(FigureFrame base, Language language) {
        Messages m = Messages.of(language);
        return base.orBook(m.get("figure.book.14-1.title"), m.get("figure.book.14-1.caption"), legend(m));
    }

    /** Figure 14-3's frame around {@code base}: the caption alone, as the print has no title or legend. */
    public static FigureFrame growth(FigureFrame base, Language language) {
        Messages m = Messages.of(language);
        return base.orBook("", m.get("figure.book.14-3.caption"), FigureLegend.NONE);
    }

    /** The six model types of Figure 14-1, in its order, under its heading. */
    static FigureLegend legend(Messages m) {
        List<FigureLegend.Entry> entries = Arrays.stream(Family.values()).filter(Family::inFigure)
                .map(f -> new FigureLegend.Entry(f.id(), m.get("family." + f.id()))).toList();
        return new FigureLegend(m.get("figure.book.legend"), entries);
    }
}
