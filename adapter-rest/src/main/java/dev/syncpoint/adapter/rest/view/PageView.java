package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.application.port.out.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to ask for the next one. */
public record PageView<T>(List<T> items, long total, int limit, int offset, boolean hasMore) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(
                page.items().stream().map(view).toList(),
                page.total(),
                page.request().limit(),
                page.request().offset(),
                page.hasMore());
    }
}
