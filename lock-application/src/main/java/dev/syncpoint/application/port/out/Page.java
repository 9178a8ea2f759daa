package dev.syncpoint.application.port.out;

import java.util.List;
import java.util.Objects;

/** One slice of a list, with how many items the whole list holds. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
    }

    public boolean hasMore() {
        return request.offset() + items.size() < total;
    }
}
