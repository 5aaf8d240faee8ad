namespace DemandAtlas.Web.Security;

/// <summary>Session and login limits, bound from `DemandAtlas:Security` so tests and deployments can tune them.</summary>
public sealed class SecurityOptions
{
    public const string Section = "DemandAtlas:Security";

    /// <summary>A session unused for this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after login however busy it is.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Login POSTs one IP address may make per window.</summary>
    public int LoginPermitLimit { get; set; } = 10;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How stale a session's LastSeenAt may get before a request refreshes it (limits writes).</summary>
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
