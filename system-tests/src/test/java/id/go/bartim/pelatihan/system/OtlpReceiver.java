package id.go.bartim.pelatihan.system;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A collector for the system test: accepts OTLP/HTTP protobuf trace exports ({@code POST .../v1/traces}) and keeps
 * each span's service, ids, name and kind. Decodes the few OTLP fields it needs straight from the protobuf wire
 * format (ExportTraceServiceRequest > ResourceSpans > ScopeSpans > Span), so it needs no generated classes.
 */
final class OtlpReceiver implements AutoCloseable {

    /** A received span; {@code parentSpanId} is empty for a root. Kind as OTLP numbers it (2 server ... 5 consumer). */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    static final int SERVER = 2;
    static final int CLIENT = 3;
    static final int PRODUCER = 4;
    static final int CONSUMER = 5;

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
                }
                receiver.accept(body);
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give as {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void accept(byte[] request) {
        for (Field resourceSpans : Field.all(request)) {
            if (resourceSpans.number != 1) {
                continue;
            }
            String service = "";
            List<Field> fields = Field.all(resourceSpans.bytes);
            for (Field f : fields) {
                if (f.number == 1) { // Resource
                    for (Field attribute : Field.all(f.bytes)) {
                        if (attribute.number == 1) {
                            service = serviceName(attribute.bytes, service);
                        }
                    }
                }
            }
            for (Field f : fields) {
                if (f.number == 2) { // ScopeSpans
                    for (Field span : Field.all(f.bytes)) {
                        if (span.number == 2) {
                            spans.add(span(service, span.bytes));
                        }
                    }
                }
            }
        }
    }

    private static String serviceName(byte[] keyValue, String otherwise) {
        String key = null;
        String value = null;
        for (Field f : Field.all(keyValue)) {
            if (f.number == 1) {
                key = f.text();
            } else if (f.number == 2) {
                for (Field any : Field.all(f.bytes)) {
                    if (any.number == 1) {
                        value = any.text();
                    }
                }
            }
        }
        return "service.name".equals(key) && value != null ? value : otherwise;
    }

    private static ReceivedSpan span(String service, byte[] span) {
        String trace = "";
        String id = "";
        String parent = "";
        String name = "";
        int kind = 0;
        for (Field f : Field.all(span)) {
            switch (f.number) {
                case 1 -> trace = HexFormat.of().formatHex(f.bytes);
                case 2 -> id = HexFormat.of().formatHex(f.bytes);
                case 4 -> parent = HexFormat.of().formatHex(f.bytes);
                case 5 -> name = f.text();
                case 6 -> kind = (int) f.varint;
                default -> { }
            }
        }
        return new ReceivedSpan(service, trace, id, parent, name, kind);
    }

    /** One protobuf field: its number and its value (bytes for length-delimited, else the number). */
    private record Field(int number, long varint, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<Field> all(byte[] message) {
            List<Field> fields = new java.util.ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long tag = varint(message, at);
                int number = (int) (tag >>> 3);
                switch ((int) (tag & 7)) {
                    case 0 -> fields.add(new Field(number, varint(message, at), null));
                    case 1 -> {
                        fields.add(new Field(number, ByteBuffer.wrap(message, at[0], 8).order(ByteOrder.LITTLE_ENDIAN)
                                .getLong(), null));
                        at[0] += 8;
                    }
                    case 2 -> {
                        int length = (int) varint(message, at);
                        ByteArrayOutputStream value = new ByteArrayOutputStream(length);
                        value.write(message, at[0], length);
                        at[0] += length;
                        fields.add(new Field(number, 0, value.toByteArray()));
                    }
                    case 5 -> {
                        fields.add(new Field(number, ByteBuffer.wrap(message, at[0], 4).order(ByteOrder.LITTLE_ENDIAN)
                                .getInt(), null));
                        at[0] += 4;
                    }
                    default -> throw new IllegalArgumentException("unsupported wire type in OTLP message: " + tag);
                }
            }
            return fields;
        }

        private static long varint(byte[] message, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = message[at[0]++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }
    }
}
