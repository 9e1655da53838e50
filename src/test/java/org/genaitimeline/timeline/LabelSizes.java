package org.genaitimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the labels of a layout look like beside their markers: how much smaller than the
 * layout's size a name may be, and how long a leader may run.
 */
final class LabelSizes {

    /** The longest leader the layout takes, in lines of its text (LaneLabels' cap). */
    static final double LEADER_LINES = 6.5;

    private LabelSizes() {
    }

    /** The smallest name's size over the layout's. */
    static double smallestShare(TimelineLayout layout) {
        return layout.items().stream().filter(i -> i.label() != null).mapToDouble(i -> i.label().fontSize())
                .min().orElse(layout.fontSize()) / layout.fontSize();
    }

    /** How many names are drawn smaller than the layout's size. */
    static long shrunk(TimelineLayout layout) {
        return layout.items().stream().filter(i -> i.label() != null && i.label().fontSize() < layout.fontSize() - 1e-9)
                .count();
    }

    /** The longest leader of a label or badge, in pixels. */
    static double longestLeader(TimelineLayout layout) {
        double most = 0;
        for (TimelineLayout.Item it : layout.items()) {
            if (it.label() != null && it.label().leader().isPresent()) {
                most = Math.max(most, ShortLeaders.length(it.label().leader().get()));
            }
        }
        for (TimelineLayout.Badge b : layout.badges()) {
            most = Math.max(most, b.leader().map(ShortLeaders::length).orElse(0.0));
        }
        return most;
    }

    /** Every name at least {@code minShare} of the layout's size, every leader at most {@code maxLeader} px. */
    static void assertNamesAndLeaders(TimelineLayout layout, double minShare, double maxLeader) {
        for (TimelineLayout.Item it : layout.items()) {
            if (it.label() == null) {
                continue;
            }
            assertThat(it.label().fontSize() / layout.fontSize()).as("size of %s over the layout's", it.model().id())
                    .isGreaterThanOrEqualTo(minShare - 1e-9);
            it.label().leader().ifPresent(l -> assertThat(ShortLeaders.length(l)).as("leader of %s", it.model().id())
                    .isLessThanOrEqualTo(maxLeader + 1e-6));
        }
        for (TimelineLayout.Badge b : layout.badges()) {
            b.leader().ifPresent(l -> assertThat(ShortLeaders.length(l)).as("leader of badge %s", b.memberIds())
                    .isLessThanOrEqualTo(maxLeader + 1e-6));
        }
    }
}
