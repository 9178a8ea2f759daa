package dev.syncpoint.adapter.rest.view;

/** Who the bearer token belongs to, as the account stands now. */
public record CurrentUserView(UserView user) {}
