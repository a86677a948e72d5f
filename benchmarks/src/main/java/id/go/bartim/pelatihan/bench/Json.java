package id.go.bartim.pelatihan.bench;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON; enough for the results file. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), out, indent, '{', '}', (entry, in) -> {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                out.append(string(e.getKey().toString())).append(": ");
                write(e.getValue(), out, in);
            });
        } else if (value instanceof Collection<?> list) {
            container(list.iterator(), out, indent, '[', ']', (item, in) -> write(item, out, in));
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? String.valueOf(Math.round(d * 1000) / 1000.0) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(string(value.toString()));
        }
    }

    private interface Element {
        void write(Object element, String indent);
    }

    private static void container(Iterator<?> items, StringBuilder out, String indent, char open, char close,
            Element element) {
        if (!items.hasNext()) {
            out.append(open).append(close);
            return;
        }
        String inner = indent + "  ";
        out.append(open).append('\n');
        while (items.hasNext()) {
            out.append(inner);
            element.write(items.next(), inner);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append(close);
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
