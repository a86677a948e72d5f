package id.go.bartim.pelatihan.platform.messaging;

import java.util.function.Consumer;

/**
 * What {@link EventProcessor#processBatch} applies events with. A handler may hold events back and apply them together
 * (a batch's requests decided set-based); {@link #flush()} is its cue to apply what it holds, in the same transaction:
 * after the last event of a batch, and after each event when the processor falls back to one event per transaction
 * (so a poison event is still isolated). Before an event of another kind, the handler flushes by itself, which keeps
 * per-key order. A plain handler applies each event as it comes and has nothing to flush.
 */
@FunctionalInterface
public interface BatchHandler extends Consumer<IncomingEvent> {

    /** Applies what {@link #accept} held back, in the caller's transaction; nothing by default. */
    default void flush() {
    }
}
