package id.go.bartim.pelatihan.testing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written and read byte by byte on a socket, for what HTTP clients hide: {@code Expect: 100-continue}
 * exchanges, requests without a length, oversized bodies, a connection's next request.
 */
public final class RawHttp implements AutoCloseable {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    private final Socket socket;

    public RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
    }

    public RawHttp write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.US_ASCII));
    }

    public RawHttp write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        return this;
    }

    /** A response's status line and headers, up to the blank line (an interim 100 has nothing more). */
    public String readHead() throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed after: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** One whole response, head and body as text; the body is read by its Content-Length. */
    public String readResponse() throws IOException {
        String head = readHead();
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (!length.find()) {
            throw new IllegalStateException("a response without Content-Length: " + head);
        }
        return head + new String(socket.getInputStream().readNBytes(Integer.parseInt(length.group(1))),
                StandardCharsets.UTF_8);
    }

    /**
     * Whether the server closes the connection (within the socket timeout): reads and drops whatever still comes,
     * until the end of the stream or a reset. False when the connection is still open when the timeout passes.
     */
    public boolean closedByServer() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] rest = new byte[8192];
        try {
            while (in.read(rest) >= 0) {
                // dropped: what matters is that the stream ends
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset: the server closed with our data unread
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
