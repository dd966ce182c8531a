package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.Params;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.router.ExecutionPlan;

/**
 * The parameters of a BingX order placement ({@code POST /openApi/swap/v2/trade/order}) for one plan, in the order
 * they are sent and signed. Hedge mode: {@code positionSide} is always LONG or SHORT. A maker plan is a LIMIT,
 * {@code timeInForce=PostOnly} when the plan says post-only, else GTC; anything else is a MARKET.
 *
 * <p>Quantity and price come in already quantized ({@link ContractSpec#quantity}, {@link ContractSpec#price}): the
 * gateway refuses an order locally when either rounds to nothing, before it gets here. Cold path: allocates.
 */
public final class OrderParams {
    private OrderParams() {
    }

    /**
     * @param quantity the order quantity in 1e-8 units, above zero
     * @param price    the LIMIT price in 1e-8 units, above zero for a maker plan; ignored otherwise
     */
    public static Params place(final ExecutionPlan plan, final String clientOrderId, final long quantity,
                               final long price) {
        if (quantity <= 0 || (plan.maker() && price <= 0)) {
            throw new IllegalArgumentException("order " + clientOrderId + ": quantity and a LIMIT's price must be"
                + " above zero");
        }
        final Params params = Params.none()
            .add("symbol", plan.symbol())
            .add("side", plan.orderSide().name())
            .add("positionSide", plan.positionSide().name())
            .add("type", plan.maker() ? "LIMIT" : "MARKET")
            .add("quantity", FixedPoint.toPlainString(quantity));
        if (plan.maker()) {
            params.add("price", FixedPoint.toPlainString(price)).add("timeInForce", plan.postOnly() ? "PostOnly" : "GTC");
        }
        return params.add("clientOrderId", clientOrderId);
    }
}
