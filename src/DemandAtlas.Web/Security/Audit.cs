using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Security;

/// <summary>Appends to the audit log; rows are only ever added, never updated or deleted.</summary>
public static class Audit
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string LockedOut = "locked-out";
    public const string Logout = "logout";
    public const string UserCreated = "user-created";
    public const string RoleChanged = "role-changed";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string PasswordReset = "password-reset";
    public const string Import = "import";
    public const string Deleted = "deleted";
    public const string Undeleted = "undeleted";
    public const string Merged = "partners-merged";
    public const string Restored = "restored";

    /// <summary>Stages an entry; it is written by the caller's SaveChanges, inside the caller's transaction.</summary>
    public static void Add(AtlasDb db, string actor, string action, string? subject = null, string? details = null, string? remoteIp = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = db.Clock.GetUtcNow(),
            Actor = Trim(actor, 256),
            Action = action,
            Subject = subject is null ? null : Trim(subject, 400),
            Details = details,
            RemoteIp = remoteIp,
        });

    public static async Task WriteAsync(AtlasDb db, string actor, string action, string? subject = null, string? details = null, string? remoteIp = null, CancellationToken cancellationToken = default)
    {
        Add(db, actor, action, subject, details, remoteIp);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
