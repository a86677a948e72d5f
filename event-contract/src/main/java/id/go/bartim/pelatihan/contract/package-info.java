/**
 * The event contract between rutan-service and disnaker-service (SPEC section 5): topics,
 * CloudEvents headers, event types and their payload records. The JSON Schemas and the
 * AsyncAPI document of the same events are under {@code contract/} on the classpath.
 */
package id.go.bartim.pelatihan.contract;
