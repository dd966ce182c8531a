package io.reckon.engine.ring;

/** What an order intent asks for: open a position or close one. Only ENTER may ever be refused. */
public enum IntentAction {
    NONE,
    ENTER,
    EXIT
}
