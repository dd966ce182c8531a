package io.reckon.engine.exec;

import io.reckon.engine.router.ExecutionPlan;

/**
 * Venue work the desk asks for; the execution thread carries it out and journals every reply on
 * {@link ExecChannel#connectionOf(long) connectionOf(commandId)}. In replay the commands are only recorded.
 */
public sealed interface DeskCommand permits DeskCommand.Place, DeskCommand.Cancel {
    long commandId();

    /**
     * Send the plan's order.
     *
     * @param leverage       leverage to set first when it differs from the venue's (entries); 0 leaves it
     * @param referencePrice the intent's reference price, for slippage; 0 when none
     */
    record Place(long commandId, String clientOrderId, ExecutionPlan plan, int leverage, long referencePrice)
        implements DeskCommand {
    }

    /**
     * Cancel an order (by venue id when known, else by client id), then read the venue's open orders of the symbol
     * to confirm it is gone.
     *
     * @param orderId the venue's order id, 0 when no reply or stream event has told it yet
     */
    record Cancel(long commandId, String clientOrderId, long orderId, String symbol) implements DeskCommand {
    }
}
