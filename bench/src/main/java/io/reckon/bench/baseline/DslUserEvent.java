package io.reckon.bench.baseline;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;

import java.math.BigDecimal;
import java.util.List;

/**
 * A BingX user-stream event as a user would bind it with DSL-JSON: one class for every event type (the fields of
 * the types it is not are left null), decimals as {@code BigDecimal} to stay exact, enums as strings. The
 * annotation processor generates its converter at build time.
 */
@CompiledJson(onUnknown = CompiledJson.Behavior.IGNORE)
public final class DslUserEvent {
    @JsonAttribute(name = "e")
    public String eventType;
    @JsonAttribute(name = "E")
    public long eventTime;
    @JsonAttribute(name = "T")
    public long transactionTime;
    @JsonAttribute(name = "o")
    public Order order;
    @JsonAttribute(name = "a")
    public Account account;

    /** The {@code o} object of ORDER_TRADE_UPDATE. */
    @CompiledJson(onUnknown = CompiledJson.Behavior.IGNORE)
    public static final class Order {
        @JsonAttribute(name = "s")
        public String symbol;
        @JsonAttribute(name = "c")
        public String clientOrderId;
        @JsonAttribute(name = "i")
        public long orderId;
        @JsonAttribute(name = "S")
        public String side;
        @JsonAttribute(name = "o")
        public String type;
        @JsonAttribute(name = "q")
        public BigDecimal quantity;
        @JsonAttribute(name = "p")
        public BigDecimal price;
        @JsonAttribute(name = "sp")
        public BigDecimal stopPrice;
        @JsonAttribute(name = "ap")
        public BigDecimal averagePrice;
        @JsonAttribute(name = "x")
        public String execType;
        @JsonAttribute(name = "X")
        public String status;
        @JsonAttribute(name = "N")
        public String feeAsset;
        @JsonAttribute(name = "n")
        public BigDecimal fee;
        @JsonAttribute(name = "T")
        public long tradeTime;
        @JsonAttribute(name = "wt")
        public String workingType;
        @JsonAttribute(name = "ps")
        public String positionSide;
        @JsonAttribute(name = "rp")
        public BigDecimal realizedPnl;
        @JsonAttribute(name = "z")
        public BigDecimal cumulativeQty;
        @JsonAttribute(name = "l")
        public BigDecimal lastQty;
        @JsonAttribute(name = "L")
        public BigDecimal lastPrice;
    }

    /** The {@code a} object of ACCOUNT_UPDATE. */
    @CompiledJson(onUnknown = CompiledJson.Behavior.IGNORE)
    public static final class Account {
        @JsonAttribute(name = "m")
        public String reason;
        @JsonAttribute(name = "B")
        public List<Balance> balances;
        @JsonAttribute(name = "P")
        public List<Position> positions;
    }

    /** One entry of {@code a.B}. */
    @CompiledJson(onUnknown = CompiledJson.Behavior.IGNORE)
    public static final class Balance {
        @JsonAttribute(name = "a")
        public String asset;
        @JsonAttribute(name = "wb")
        public BigDecimal walletBalance;
        @JsonAttribute(name = "cw")
        public BigDecimal crossWallet;
        @JsonAttribute(name = "bc")
        public BigDecimal balanceChange;
    }

    /** One entry of {@code a.P}. */
    @CompiledJson(onUnknown = CompiledJson.Behavior.IGNORE)
    public static final class Position {
        @JsonAttribute(name = "s")
        public String symbol;
        @JsonAttribute(name = "pa")
        public BigDecimal amount;
        @JsonAttribute(name = "ep")
        public BigDecimal entryPrice;
        @JsonAttribute(name = "up")
        public BigDecimal unrealizedPnl;
        @JsonAttribute(name = "mt")
        public String marginType;
        @JsonAttribute(name = "iw")
        public BigDecimal isolatedWallet;
        @JsonAttribute(name = "ps")
        public String positionSide;
    }
}
