package io.reckon.adapters.bingx.rest;

/** Pauses the calling thread between retries; injected so tests need not wait in real time. */
@FunctionalInterface
public interface Sleeper {
    Sleeper THREAD = Thread::sleep;

    void sleep(long millis) throws InterruptedException;
}
