package io.reckon.engine.ring;

public enum MarginMode {
    NONE,
    CROSS,
    ISOLATED
}
