package org.genaitimeline.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.genaitimeline.catalog.Era;
import org.genaitimeline.catalog.Localized;
import org.junit.jupiter.api.Test;

class EraStepsTest {

    private static Era era(String id, String start, String end) {
        Localized n = new Localized(id, id);
        return new Era(id, n, LocalDate.parse(start), LocalDate.parse(end), "#ffffff", n);
    }

    private final EraSteps steps = new EraSteps(List.of(era("big", "2020-01-01", "2023-12-31"),
            era("vae-gan", "2014-01-01", "2017-12-31"), era("transformer", "2018-01-01", "2019-12-31")));

    @Test
    void stepsFollowTheErasInTimeOrder() {
        assertThat(steps.count()).isEqualTo(3);
        assertThat(steps.era(0).id()).isEqualTo("vae-gan");
        assertThat(steps.cutoff(0)).isEqualTo(LocalDate.parse("2018-01-01"));
        assertThat(steps.cutoff(1)).isEqualTo(LocalDate.parse("2020-01-01"));
    }

    @Test
    void theLastStepHidesNothing() {
        assertThat(steps.cutoff(2)).isNull();
        assertThat(steps.cutoff(7)).isNull();
    }

    @Test
    void stepsAreClamped() {
        assertThat(steps.clamp(-1)).isZero();
        assertThat(steps.clamp(9)).isEqualTo(2);
    }

    @Test
    void withoutErasThereIsOneStepShowingEverything() {
        EraSteps none = new EraSteps(List.of());
        assertThat(none.count()).isEqualTo(1);
        assertThat(none.cutoff(0)).isNull();
    }
}
