package io.reckon.engine.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs an {@link OrderDesk} on the feed's own thread, one message at a time: how a replay re-makes every decision
 * of a journaled session. The commands the desk asks for are dropped, never executed (the journal already holds
 * what the venue answered; the desk's decisions are what a replay re-makes). Single-threaded; allocates what the
 * desk allocates.
 */
public final class SynchronousDesk implements ExecSink {
    private final ExecMessage message = new ExecMessage();
    private final OrderDesk desk;
    private final List<DeskCommand> commands = new ArrayList<>();

    public SynchronousDesk(final OrderDesk desk) {
        this.desk = desk;
    }

    @Override
    public ExecMessage claim() {
        message.clear();
        return message;
    }

    @Override
    public void post(final ExecMessage m) {
        desk.on(m, commands);
        commands.clear();
    }
}
