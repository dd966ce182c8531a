package io.reckon.adapters.report;

import io.reckon.engine.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSummaryTest {

    @Test
    void saysWhatTheRestCatchUpBookedAndHowManyLateFillsWereBookedInVenueOrder() {
        final Snapshot s = new Snapshot();
        s.catchUpFills = 2;
        s.catchUpAdjustments = 1;
        s.catchUpFunding = 3;
        s.rederivedFills = 1;
        final RunSummary summary = new RunSummary();
        summary.onSnapshot(s);
        final ByteArrayOutputStream text = new ByteArrayOutputStream();

        summary.print(new PrintStream(text, true, StandardCharsets.UTF_8));

        final String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("caught up from REST after blind intervals: 2 fills, 1 fee/realized adjustments"
            + " of lost trades, 3 funding settlements; 1 late fills booked in venue order"), printed);
    }
}
