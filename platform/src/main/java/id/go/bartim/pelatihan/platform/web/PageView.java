package id.go.bartim.pelatihan.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"items": [...], "page": 0, "size": 20, "totalItems": 123}}. */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
