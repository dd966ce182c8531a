package io.reckon.adapters.runtime;

import io.reckon.adapters.sim.BingxSimulator;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration keys that point a session at a running embedded simulator. */
public final class SimulatorKeys {
    private SimulatorKeys() {
    }

    /**
     * @return a mutable map: environment {@code sim}, the simulator's loopback URLs, the journal directory and the
     *         simulator's default leverage (it sends no leverage frame on connect); callers add their own keys
     */
    public static Map<String, String> of(final BingxSimulator sim, final Path journal) {
        final Map<String, String> keys = new LinkedHashMap<>();
        keys.put("environment", "sim");
        keys.put("rest.base_url", sim.restBaseUrl());
        keys.put("ws.base_url", sim.wsBaseUrl());
        keys.put("journal.dir", journal.toString());
        keys.put("ledger.default_leverage", Integer.toString(sim.config().defaultLeverage()));
        return keys;
    }
}
