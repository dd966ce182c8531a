package io.reckon.config;

/** Where the venue runs: the embedded simulator, the venue's demo (BingX VST) or mainnet with real money. */
public enum Environment {
    SIM,
    VST,
    LIVE
}
