package org.genaitimeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Leaders that cross, and leaders laid on one line, are both refused; leaders that meet at an end are not. */
class SegmentIndexTest {

    private static SegmentIndex withVerticalLeader() {
        SegmentIndex index = new SegmentIndex(16);
        index.add(100, 50, 100, 150);
        return index;
    }

    @Test
    void aCrossingLeaderIsRefused() {
        assertThat(withVerticalLeader().crosses(50, 100, 150, 100)).isTrue();
    }

    @Test
    void aLeaderOnTheSameLineIsRefused() {
        // DDIM's and Guided diffusion's legs once shared a column for 37 px.
        assertThat(withVerticalLeader().crosses(100, 120, 100, 200)).isTrue();
        assertThat(withVerticalLeader().crosses(100.8, 60, 100.8, 97)).isTrue();
    }

    @Test
    void leadersThatOnlyMeetOrRunApartAreAllowed() {
        // From the same end, away from it: two leaders leaving one marker.
        assertThat(withVerticalLeader().crosses(100, 150, 180, 190)).isFalse();
        // In line but past its end, touching for less than the shared length.
        assertThat(withVerticalLeader().crosses(100, 148, 100, 220)).isFalse();
        // Parallel, far enough apart to be seen as two.
        assertThat(withVerticalLeader().crosses(104, 60, 104, 140)).isFalse();
    }
}
