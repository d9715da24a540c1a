package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueueCountTest {
    @Test
    void anExactCountIsShownAsItIs() {
        assertEquals("0", QueueCount.exact(0).words());
        assertEquals("1,000", QueueCount.exact(1000).words());
        assertTrue(QueueCount.exact(12).isExact());
    }

    @Test
    void anEstimateSaysSoAndIsRoundedToTwoFigures() {
        QueueCount published = QueueCount.about(716_234);
        assertEquals("about 720,000", published.words());
        assertEquals(720_000, published.value());
        assertFalse(published.isExact());
        assertEquals("about 67,000", QueueCount.about(66_667).words());
        assertEquals("about 1,000", QueueCount.about(1001).words());
    }

    @Test
    void aQueueWithoutAnEstimateSaysOnlyThatThereAreMore() {
        assertEquals("1,000+", QueueCount.moreThan(QueueCount.EXACT_UP_TO).words());
    }
}
