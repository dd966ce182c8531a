package io.reckon.engine.router;

/**
 * The router's counters at one moment. Every plan from {@link ExecutionRouter#plan} is counted exactly once:
 * {@code plansEntry == makerEntries + takerEntries + suppressedDupEnter + suppressedByHookEnter} and
 * {@code plansExit == makerExits + takerExits + suppressedDupExit}.
 *
 * @param spreadGateTaker        plans that would have quoted but went MARKET because the spread was too wide
 * @param exitEscalations        urgent exits that pre-empted a working maker exit, plus expired exits sent to MARKET
 * @param exitSuppressOverridden exits a hook tried to suppress, sent at MARKET instead
 * @param retriesRefused         re-quotes asked for after the retries were spent
 * @param hookPlansRejected      hook replacement plans refused because they changed the order or weakened an exit
 * @param registerRefused        registrations refused: not a maker quote, or the trade already has one working
 */
public record RouterCounters(
    long plansEntry,
    long plansExit,
    long makerEntries,
    long makerExits,
    long takerEntries,
    long takerExits,
    long suppressedDupEnter,
    long suppressedDupExit,
    long suppressedByHookEnter,
    long spreadGateTaker,
    long entryMissSkip,
    long entryMissRetry,
    long entryMissMarket,
    long retriesRefused,
    long exitEscalations,
    long exitSuppressOverridden,
    long fillsWorking,
    long cancels,
    long hookErrors,
    long hookPlansRejected,
    long registerRefused) {
}
