package id.go.bartim.pelatihan.platform.messaging;

/**
 * What a consumer does with an event its handler could read but keeps failing on (not a poison message, not a
 * transient failure), instead of only parking it: disnaker rejects an enrollment request it cannot decide (SPEC 8).
 * {@link EventProcessor} runs it in a transaction of its own that also records the {@code ce_id}; throwing (a
 * {@link PoisonMessageException} when it has nothing to offer) rolls that back, and the event is parked.
 */
@FunctionalInterface
public interface LastResort {

    void settle(IncomingEvent event);
}
