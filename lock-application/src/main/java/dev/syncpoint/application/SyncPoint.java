package dev.syncpoint.application;

import dev.syncpoint.application.port.in.AcquireLockUseCase;
import dev.syncpoint.application.port.in.AdminTakeoverUseCase;
import dev.syncpoint.application.port.in.AppointmentsInRangeQuery;
import dev.syncpoint.application.port.in.ChangeUserRoleUseCase;
import dev.syncpoint.application.port.in.CleanupHistoryUseCase;
import dev.syncpoint.application.port.in.CreateAppointmentUseCase;
import dev.syncpoint.application.port.in.DeleteAppointmentUseCase;
import dev.syncpoint.application.port.in.DenyControlUseCase;
import dev.syncpoint.application.port.in.ForceReleaseLockUseCase;
import dev.syncpoint.application.port.in.GetAppointmentQuery;
import dev.syncpoint.application.port.in.GrantControlUseCase;
import dev.syncpoint.application.port.in.HeartbeatUseCase;
import dev.syncpoint.application.port.in.ListAppointmentsQuery;
import dev.syncpoint.application.port.in.LiveLocksQuery;
import dev.syncpoint.application.port.in.LockHistoryQuery;
import dev.syncpoint.application.port.in.LockStatisticsQuery;
import dev.syncpoint.application.port.in.LockStatusQuery;
import dev.syncpoint.application.port.in.ReleaseAbandonedLockUseCase;
import dev.syncpoint.application.port.in.ReleaseLockUseCase;
import dev.syncpoint.application.port.in.RequestControlUseCase;
import dev.syncpoint.application.port.in.SessionQuery;
import dev.syncpoint.application.port.in.SignInUseCase;
import dev.syncpoint.application.port.in.SignUpUseCase;
import dev.syncpoint.application.port.in.SweepExpiredLocksUseCase;
import dev.syncpoint.application.port.in.UpdateAppointmentUseCase;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.service.AcquireLockService;
import dev.syncpoint.application.service.AdminTakeoverService;
import dev.syncpoint.application.service.AppointmentQueryService;
import dev.syncpoint.application.service.ChangeUserRoleService;
import dev.syncpoint.application.service.CreateAppointmentService;
import dev.syncpoint.application.service.DeleteAppointmentService;
import dev.syncpoint.application.service.DenyControlService;
import dev.syncpoint.application.service.ForceReleaseLockService;
import dev.syncpoint.application.service.GrantControlService;
import dev.syncpoint.application.service.HeartbeatService;
import dev.syncpoint.application.service.LockHistoryService;
import dev.syncpoint.application.service.LockStatusService;
import dev.syncpoint.application.service.ReleaseAbandonedLockService;
import dev.syncpoint.application.service.ReleaseLockService;
import dev.syncpoint.application.service.RequestControlService;
import dev.syncpoint.application.service.SessionService;
import dev.syncpoint.application.service.SignInService;
import dev.syncpoint.application.service.SignUpService;
import dev.syncpoint.application.service.SweepExpiredLocksService;
import dev.syncpoint.application.service.UpdateAppointmentService;
import java.util.Objects;

/**
 * Every use case, wired to one set of ports: the entry point for a program that embeds SyncPoint, and what
 * the server's adapters call. Holds no state of its own; create one per set of ports.
 */
public final class SyncPoint {

    private final AcquireLockService acquire;
    private final HeartbeatService heartbeat;
    private final ReleaseLockService release;
    private final ForceReleaseLockService forceRelease;
    private final AdminTakeoverService takeover;
    private final RequestControlService requestControl;
    private final GrantControlService grantControl;
    private final DenyControlService denyControl;
    private final LockStatusService status;
    private final LockHistoryService history;
    private final SweepExpiredLocksService sweeper;
    private final ReleaseAbandonedLockService abandoned;
    private final CreateAppointmentService createAppointment;
    private final AppointmentQueryService appointmentQueries;
    private final UpdateAppointmentService updateAppointment;
    private final DeleteAppointmentService deleteAppointment;
    private final SignUpService signUp;
    private final SignInService signIn;
    private final SessionService session;
    private final ChangeUserRoleService changeRole;

    private SyncPoint(SyncPointPorts ports, LockPolicy policy) {
        LockStore locks = ports.lockStore();
        this.acquire = new AcquireLockService(locks, ports.lockEvents(), policy);
        this.heartbeat = new HeartbeatService(locks, ports.lockEvents(), policy);
        this.release = new ReleaseLockService(locks, ports.lockEvents());
        this.forceRelease = new ForceReleaseLockService(locks, ports.lockEvents());
        this.takeover = new AdminTakeoverService(locks, ports.lockEvents(), policy);
        this.requestControl =
                new RequestControlService(locks, ports.appointmentStore(), ports.controlRequests(), ports.lockEvents());
        this.grantControl = new GrantControlService(locks, ports.controlRequests(), ports.lockEvents(), policy);
        this.denyControl = new DenyControlService(locks, ports.controlRequests(), ports.lockEvents());
        this.status = new LockStatusService(locks, ports.appointmentStore());
        this.history = new LockHistoryService(ports.lockHistory());
        this.sweeper = new SweepExpiredLocksService(locks, ports.lockEvents());
        this.abandoned = new ReleaseAbandonedLockService(locks, ports.lockEvents(), policy);
        this.createAppointment = new CreateAppointmentService(ports.appointmentStore(), ports.lockEvents());
        this.appointmentQueries = new AppointmentQueryService(ports.appointmentStore());
        this.updateAppointment = new UpdateAppointmentService(ports.appointmentStore(), ports.lockEvents());
        this.deleteAppointment = new DeleteAppointmentService(ports.appointmentStore(), locks, ports.lockEvents());
        this.signUp = new SignUpService(ports.userStore(), ports.passwordHasher(), ports.accessTokens(), locks::now);
        this.signIn = new SignInService(ports.userStore(), ports.passwordHasher(), ports.accessTokens());
        this.session = new SessionService(ports.accessTokens(), ports.userStore());
        this.changeRole = new ChangeUserRoleService(ports.userStore());
    }

    public static SyncPoint create(SyncPointPorts ports, LockPolicy policy) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(policy, "policy");
        return new SyncPoint(ports, policy);
    }

    public static SyncPoint create(SyncPointPorts ports) {
        return create(ports, LockPolicy.defaults());
    }

    public AcquireLockUseCase acquireLock() {
        return acquire;
    }

    public HeartbeatUseCase heartbeat() {
        return heartbeat;
    }

    public ReleaseLockUseCase releaseLock() {
        return release;
    }

    public ForceReleaseLockUseCase forceReleaseLock() {
        return forceRelease;
    }

    public AdminTakeoverUseCase adminTakeover() {
        return takeover;
    }

    public RequestControlUseCase requestControl() {
        return requestControl;
    }

    public GrantControlUseCase grantControl() {
        return grantControl;
    }

    public DenyControlUseCase denyControl() {
        return denyControl;
    }

    public LockStatusQuery lockStatus() {
        return status;
    }

    public LiveLocksQuery liveLocks() {
        return status;
    }

    public LockHistoryQuery lockHistory() {
        return history;
    }

    public LockStatisticsQuery lockStatistics() {
        return history;
    }

    public CleanupHistoryUseCase cleanupHistory() {
        return history;
    }

    public SweepExpiredLocksUseCase sweepExpiredLocks() {
        return sweeper;
    }

    public ReleaseAbandonedLockUseCase releaseAbandonedLock() {
        return abandoned;
    }

    public CreateAppointmentUseCase createAppointment() {
        return createAppointment;
    }

    public GetAppointmentQuery getAppointment() {
        return appointmentQueries;
    }

    public ListAppointmentsQuery listAppointments() {
        return appointmentQueries;
    }

    public AppointmentsInRangeQuery appointmentsInRange() {
        return appointmentQueries;
    }

    public UpdateAppointmentUseCase updateAppointment() {
        return updateAppointment;
    }

    public DeleteAppointmentUseCase deleteAppointment() {
        return deleteAppointment;
    }

    public SignUpUseCase signUp() {
        return signUp;
    }

    public SignInUseCase signIn() {
        return signIn;
    }

    public SessionQuery session() {
        return session;
    }

    public ChangeUserRoleUseCase changeUserRole() {
        return changeRole;
    }
}
