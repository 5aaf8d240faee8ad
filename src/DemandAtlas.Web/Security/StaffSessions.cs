using System.Security.Claims;
using System.Security.Cryptography;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DemandAtlas.Web.Security;

/// <summary>
/// Server-side sessions: the auth cookie carries a session id, and every request checks the row, so
/// logout, disabling a user or changing their roles takes effect at once, even for a copied cookie.
/// </summary>
public static class StaffSessions
{
    public const string ClaimType = "atlas:sid";

    public static async Task<string> StartAsync(AtlasDb db, AtlasUser user, CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow();
        var id = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.UserSessions.Add(new UserSession { Id = id, UserId = user.Id, CreatedAt = now, LastSeenAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public static async Task EndAsync(AtlasDb db, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var id = principal.FindFirstValue(ClaimType);
        if (id is not null)
        {
            var now = db.Clock.GetUtcNow();
            await db.UserSessions.Where(s => s.Id == id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        }
    }

    /// <summary>Ends every open session of a user (disable, password reset).</summary>
    public static Task EndAllAsync(AtlasDb db, string userId, CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow();
        return db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>Cookie OnValidatePrincipal: rejects ended, idle or too-old sessions and disabled or changed users.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var db = services.GetRequiredService<AtlasDb>();
        var id = context.Principal?.FindFirstValue(ClaimType);
        var session = id is null ? null : await CompiledQueries.For<Queries>(db).Session(db, id, context.HttpContext.RequestAborted);
        var now = db.Clock.GetUtcNow();
        var valid = session is not null
            && session.EndedAt is null
            && !session.IsDisabled
            && session.SecurityStamp == context.Principal?.FindFirstValue(stampType)
            && now - session.LastSeenAt < options.IdleTimeout
            && now - session.CreatedAt < options.AbsoluteTimeout;
        if (!valid)
        {
            if (session is not null && session.EndedAt is null)
            {
                await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (now - session!.LastSeenAt > options.TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        }
    }

    private sealed record SessionState(DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset? EndedAt, bool IsDisabled, string? SecurityStamp);

    /// <summary>Compiled: every staff request runs it, and translating it each time showed in a profile of saves.</summary>
    private sealed class Queries
    {
        public readonly Func<AtlasDb, string, CancellationToken, Task<SessionState?>> Session = EF.CompileAsyncQuery(
            (AtlasDb db, string id, CancellationToken ct) => db.UserSessions.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new SessionState(s.CreatedAt, s.LastSeenAt, s.EndedAt, s.User.IsDisabled, s.User.SecurityStamp))
                .FirstOrDefault());
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
