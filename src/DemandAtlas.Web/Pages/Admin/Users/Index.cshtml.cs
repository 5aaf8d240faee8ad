using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Users;

/// <summary>Admins change roles and disable accounts here; accounts are created with the `users` verb.</summary>
public sealed class IndexModel(AtlasDb db, UserManager<AtlasUser> users) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<UserRow>();
        foreach (var user in await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken))
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? "", roles.FirstOrDefault() ?? "", user.IsDisabled, user.LockoutEnd > db.Clock.GetUtcNow()));
        }

        Rows = rows;
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || (role.Length > 0 && !Roles.All.Contains(role)))
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Message"] = "You cannot change your own role; ask another admin.";
            return RedirectToPage();
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current);
        if (role.Length > 0)
        {
            await users.AddToRoleAsync(user, role);
        }

        // A new stamp invalidates the user's sessions, so the old role's cookie stops working.
        await users.UpdateSecurityStampAsync(user);
        await Audit.WriteAsync(db, User.Identity!.Name!, Audit.RoleChanged, user.Email, $"{string.Join(",", current)} -> {(role.Length == 0 ? "none" : role)}", HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        TempData["Message"] = $"{user.Email} now has role {(role.Length == 0 ? "none" : role)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disable, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Message"] = "You cannot disable your own account.";
            return RedirectToPage();
        }

        user.IsDisabled = disable;
        await users.UpdateAsync(user);
        if (disable)
        {
            await users.UpdateSecurityStampAsync(user);
            await StaffSessions.EndAllAsync(db, user.Id, cancellationToken);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await Audit.WriteAsync(db, User.Identity!.Name!, disable ? Audit.UserDisabled : Audit.UserEnabled, user.Email, null, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        TempData["Message"] = $"{user.Email} is now {(disable ? "disabled" : "enabled")}.";
        return RedirectToPage();
    }

    public sealed record UserRow(string Id, string Email, string Role, bool IsDisabled, bool IsLockedOut);
}
