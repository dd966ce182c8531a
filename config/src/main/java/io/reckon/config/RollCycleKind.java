package io.reckon.config;

/** How often the journal starts a new file. Retention of old files is the operator's. */
public enum RollCycleKind {
    HOURLY,
    DAILY
}
