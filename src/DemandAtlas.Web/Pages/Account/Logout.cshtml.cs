using DemandAtlas.Web.Data;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages.Account;

/// <summary>Ends the server-side session first, so a copy of the cookie stops working too.</summary>
[AllowAnonymous]
public sealed class LogoutModel(AtlasDb db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await StaffSessions.EndAsync(db, User, cancellationToken);
            await Audit.WriteAsync(db, User.Identity.Name ?? "?", Audit.Logout, User.Identity.Name, null, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Redirect(SecurityServices.LoginPath);
    }
}
