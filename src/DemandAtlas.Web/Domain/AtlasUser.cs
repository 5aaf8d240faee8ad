using Microsoft.AspNetCore.Identity;

namespace DemandAtlas.Web.Domain;

/// <summary>A staff account.</summary>
public sealed class AtlasUser : IdentityUser
{
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<UserSession> Sessions { get; set; } = [];
}

/// <summary>A server-side login session; the auth cookie only carries its id, so logout can end it.</summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public AtlasUser User { get; set; } = null!;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public static readonly string[] All = [Admin, Editor];
}
