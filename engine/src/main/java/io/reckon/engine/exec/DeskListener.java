package io.reckon.engine.exec;

/** Told of every desk decision, on the desk's thread; for logs, summaries and the replay comparison. */
@FunctionalInterface
public interface DeskListener {
    DeskListener NONE = decision -> { };

    void onDecision(Decision decision);
}
