package io.reckon.engine.router;

/** The router's live counters; mutated on the router's thread only and published as {@link RouterCounters}. */
final class Counters {
    long plansEntry;
    long plansExit;
    long makerEntries;
    long makerExits;
    long takerEntries;
    long takerExits;
    long suppressedDupEnter;
    long suppressedDupExit;
    long suppressedByHookEnter;
    long spreadGateTaker;
    long entryMissSkip;
    long entryMissRetry;
    long entryMissMarket;
    long retriesRefused;
    long exitEscalations;
    long exitSuppressOverridden;
    long fillsWorking;
    long cancels;
    long hookErrors;
    long hookPlansRejected;
    long registerRefused;

    RouterCounters snapshot() {
        return new RouterCounters(plansEntry, plansExit, makerEntries, makerExits, takerEntries, takerExits,
            suppressedDupEnter, suppressedDupExit, suppressedByHookEnter, spreadGateTaker, entryMissSkip,
            entryMissRetry, entryMissMarket, retriesRefused, exitEscalations, exitSuppressOverridden, fillsWorking,
            cancels, hookErrors, hookPlansRejected, registerRefused);
    }
}
