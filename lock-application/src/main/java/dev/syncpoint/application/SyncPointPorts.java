package dev.syncpoint.application;

import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.port.out.PasswordHasher;
import dev.syncpoint.application.port.out.UserStore;

/**
 * Everything the use cases need from the outside. The lock store, history and appointment store must share
 * one storage, because a lock change, its history rows and a guarded appointment write happen together.
 */
public interface SyncPointPorts {

    LockStore lockStore();

    LockHistory lockHistory();

    AppointmentStore appointmentStore();

    UserStore userStore();

    ControlRequests controlRequests();

    LockEvents lockEvents();

    PasswordHasher passwordHasher();

    AccessTokens accessTokens();
}
