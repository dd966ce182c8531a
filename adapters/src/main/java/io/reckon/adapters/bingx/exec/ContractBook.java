package io.reckon.adapters.bingx.exec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The venue's contracts ({@code GET /openApi/swap/v2/quote/contracts}): per symbol, the quantity step and price tick
 * from {@code quantityPrecision} and {@code pricePrecision}, {@code tradeMinQuantity}, and the taker and maker fee
 * rates. A symbol the list does not hold (or a list that could not be read) gets {@link ContractSpec}'s fallbacks, logged once
 * per symbol. Immutable once built; cold path.
 */
public final class ContractBook {
    private static final Logger LOG = LoggerFactory.getLogger(ContractBook.class);

    private final Map<String, ContractSpec> specs;
    private final Map<String, ContractSpec> fallbacks = new java.util.concurrent.ConcurrentHashMap<>();

    private ContractBook(final Map<String, ContractSpec> specs) {
        this.specs = Map.copyOf(specs);
    }

    /** No venue list: every symbol gets the fallbacks. */
    public static ContractBook empty() {
        return new ContractBook(Map.of());
    }

    /** Parses a contracts body; rows that lack a symbol or a usable precision are skipped (and logged). */
    public static ContractBook parse(final byte[] body) {
        final Object root = new JsonTree().parse(body);
        final Map<String, ContractSpec> specs = new TreeMap<>();
        for (Object row : JsonTree.arrayAt(root, "data")) {
            if (!(row instanceof Map<?, ?>)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            final Map<String, Object> c = (Map<String, Object>) row;
            final String symbol = JsonTree.text(c, "symbol");
            final long step = ContractSpec.unitOf(JsonTree.integer(c, "quantityPrecision", -1));
            final long tick = ContractSpec.unitOf(JsonTree.integer(c, "pricePrecision", -1));
            if (symbol == null || step <= 0 || tick <= 0) {
                LOG.warn("contracts: skipping a row without symbol or usable precisions ({})", symbol);
                continue;
            }
            specs.put(symbol, new ContractSpec(symbol, step, tick,
                Math.max(0, JsonTree.decimal(c, "tradeMinQuantity", 0)),
                Math.max(0, JsonTree.decimal(c, "takerFeeRate", ContractSpec.FALLBACK_TAKER_RATE)),
                Math.max(0, JsonTree.decimal(c, "makerFeeRate", ContractSpec.FALLBACK_MAKER_RATE)), true));
        }
        return new ContractBook(specs);
    }

    /** The spec of {@code symbol} (the venue's spelling), or the fallbacks. */
    public ContractSpec spec(final String symbol) {
        final ContractSpec s = specs.get(symbol);
        if (s != null) {
            return s;
        }
        return fallbacks.computeIfAbsent(symbol, k -> {
            LOG.warn("contracts: {} is not listed; quantizing with the fallbacks step {} tick {}", k,
                io.reckon.engine.num.FixedPoint.toPlainString(ContractSpec.FALLBACK_STEP),
                io.reckon.engine.num.FixedPoint.toPlainString(ContractSpec.FALLBACK_TICK));
            return ContractSpec.fallback(k);
        });
    }

    public int size() {
        return specs.size();
    }

    /** The listed symbols, in name order. */
    public List<String> symbols() {
        return List.copyOf(specs.keySet());
    }
}
