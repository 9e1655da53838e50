package org.genaitimeline.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Family;
import org.genaitimeline.catalog.Model;
import org.genaitimeline.catalog.ModelFormat;
import org.genaitimeline.figure.TextMeasure;
import org.genaitimeline.i18n.Language;
import org.genaitimeline.i18n.Messages;

/** The chart's words and numbers, in one language: tick labels, legend, notes, hover card. */
public final class GrowthText {

    private static final double BILLION = 1e9;

    private final Language language;
    private final Messages messages;

    public GrowthText(Language language) {
        this.language = language;
        this.messages = Messages.of(language);
    }

    public Language language() {
        return language;
    }

    /**
     * A y tick in billions: English as the figure prints it ({@code 0.1}, {@code 1,000}) with
     * as many decimals as a small tick needs ({@code 0.001}, {@code 0.000001}: never {@code 0});
     * Chinese in 亿 like the Chinese tables ({@code 1 亿}, {@code 1000 亿}, {@code 1 万亿}), and in
     * 万 or plain counts below 1 亿 ({@code 10 万}, {@code 1000}). A chart writes its ticks with
     * {@link #yTick(double, SizeUnit)}, in the one unit its axis reads best in.
     */
    public String yTick(double billions) {
        return yTick(billions, language == Language.ZH ? SizeUnit.COUNT : SizeUnit.BILLIONS);
    }

    /**
     * A y tick in a unit: {@link SizeUnit#BILLIONS} as above; {@link SizeUnit#COUNT} as a
     * parameter count, English {@code 100}, {@code 10K}, {@code 1M}, {@code 2B}, {@code 1T},
     * Chinese {@code 1000}, {@code 10 万}, {@code 1 亿}, {@code 1 万亿}.
     */
    public String yTick(double billions, SizeUnit unit) {
        if (billions <= 0) {
            return "0";
        }
        long count = Math.round(billions * BILLION);
        if ((unit == SizeUnit.COUNT || language == Language.ZH) && count >= 1) {
            return ModelFormat.parameters(count, language);
        }
        if (billions >= 1) {
            DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            return f.format(billions);
        }
        // Ticks are 1, 2 or 5 times a power of ten: three significant digits keep them exact.
        return new BigDecimal(billions).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    public String xTick(double year) {
        return Integer.toString((int) Math.round(year));
    }

    public String yTitle() {
        return yTitle(SizeUnit.BILLIONS);
    }

    /** "Parameters (billion)", or "Parameters" where the ticks are counts. */
    public String yTitle(SizeUnit unit) {
        return unit == SizeUnit.COUNT ? messages.get("growth.axis.y.count") : messages.get("growth.axis.y");
    }

    public String xTitle() {
        return messages.get("growth.axis.x");
    }

    public String series(Family family) {
        return messages.get("family." + family.id());
    }

    /** "doubling every 7.4 months, R² 0.71", a halving time, or "not enough points". */
    public String trend(TrendFit fit) {
        if (!fit.isOk()) {
            return messages.get("growth.trend.notEnough", fit.count());
        }
        return switch (fit.direction()) {
            case GROWING -> messages.get("growth.trend.doubling", fit.monthsPerFactorOfTwo(), fit.rSquared());
            case SHRINKING -> messages.get("growth.trend.halving", fit.monthsPerFactorOfTwo(), fit.rSquared());
            case FLAT -> messages.get("growth.trend.flat", fit.rSquared());
        };
    }

    /** A per-era trend line: "2020–2023: doubling every ...". */
    public String eraTrend(Era era, TrendFit fit) {
        return messages.get("growth.trend.era", era.name().get(language), trend(fit));
    }

    /**
     * A note listing left-out models, cut to fit a width: "Not plotted (no size): 62 — LSTM,
     * VAE, … and 50 more".
     */
    public String notPlotted(String key, List<Model> models, double maxWidth, double size, TextMeasure measure) {
        String full = messages.get(key, models.size(), names(models, models.size()));
        if (measure.width(full, size, false) <= maxWidth) {
            return full;
        }
        for (int n = models.size() - 1; n >= 1; n--) {
            String names = names(models, n) + messages.get("growth.notPlotted.more", models.size() - n);
            String s = messages.get(key, models.size(), names);
            if (measure.width(s, size, false) <= maxWidth) {
                return s;
            }
        }
        return messages.get(key, models.size(), messages.get("growth.notPlotted.more", models.size()));
    }

    private String names(List<Model> models, int n) {
        String sep = messages.get("growth.list.separator");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(sep);
            }
            s.append(models.get(i).name(language));
        }
        return s.toString();
    }

    public String empty() {
        return messages.get("growth.empty");
    }

    /** The hover card's lines after the name: date, developer, size. */
    public List<String> card(GrowthPoint p) {
        return List.of(
                ModelFormat.date(p.date(), language),
                p.model().printedDeveloper(language),
                messages.get("growth.card.size", ModelFormat.parameters(p.parameters(), language)));
    }
}
