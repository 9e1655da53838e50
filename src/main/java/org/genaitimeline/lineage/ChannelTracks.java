package org.genaitimeline.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Tracks across each channel for the links' horizontal runs, so that two parents' runs never lie
 * on one line: an interval partitioning per channel (spans sorted by their start, each taking the
 * track that came free first, a new one when none has), which needs the fewest tracks the
 * overlaps allow, in n log n. One parent's runs in one channel merge into one span and share a
 * track, as a family tree's bus does. A run of no length is a link passing straight through: it
 * takes no track.
 */
final class ChannelTracks {

    private ChannelTracks() {
    }

    /** One parent's runs in one channel. */
    private static final class Span {
        final int channel;
        final int group;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int track;
        final List<EdgeRouter.Leg> legs = new ArrayList<>(2);

        Span(int channel, int group) {
            this.channel = channel;
            this.group = group;
        }
    }

    /**
     * Sets every leg's track.
     *
     * @param sep the least room between the end of one span and the start of the next on a track
     * @return the number of tracks of each channel
     */
    static int[] assign(List<EdgeRouter.Routed> routed, int channels, double sep) {
        List<EdgeRouter.Leg> legs = new ArrayList<>();
        for (EdgeRouter.Routed r : routed) {
            for (EdgeRouter.Leg l : r.legs()) {
                l.track = -1;
                if (l.x0 != l.x1) {
                    legs.add(l);
                }
            }
        }
        legs.sort(Comparator.comparingInt((EdgeRouter.Leg l) -> l.channel).thenComparingInt(l -> l.group));
        List<Span> spans = new ArrayList<>();
        Span span = null;
        for (EdgeRouter.Leg l : legs) {
            if (span == null || span.channel != l.channel || span.group != l.group) {
                span = new Span(l.channel, l.group);
                spans.add(span);
            }
            span.min = Math.min(span.min, Math.min(l.x0, l.x1));
            span.max = Math.max(span.max, Math.max(l.x0, l.x1));
            span.legs.add(l);
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.channel).thenComparingDouble(s -> s.min));
        int[] counts = new int[channels];
        PriorityQueue<Span> busy = new PriorityQueue<>(Comparator.comparingDouble((Span s) -> s.max));
        int channel = -1;
        for (Span s : spans) {
            if (s.channel != channel) {
                channel = s.channel;
                busy.clear();
            }
            if (!busy.isEmpty() && busy.peek().max + sep <= s.min) {
                s.track = busy.poll().track;
            } else {
                s.track = counts[channel]++;
            }
            busy.add(s);
            for (EdgeRouter.Leg l : s.legs) {
                l.track = s.track;
            }
        }
        return counts;
    }
}
