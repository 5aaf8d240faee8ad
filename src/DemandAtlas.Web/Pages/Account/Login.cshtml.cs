using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DemandAtlas.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class LoginModel(SignInManager<AtlasUser> signIn, AtlasDb db) : PageModel
{
    // Verifying against a throwaway hash keeps unknown emails as slow as wrong passwords.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AtlasUser>(
        Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }))
        .HashPassword(new AtlasUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Error = "Enter your email and password.";
            return Page();
        }

        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var email = Input.Email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || user.IsDisabled)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new AtlasUser(), DecoyHash.Value, Input.Password);
            await Audit.WriteAsync(db, email, Audit.LoginFailed, email, user is null ? "unknown account" : "disabled account", ip, cancellationToken);
            Error = "That email and password do not match an active account.";
            return Page();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await Audit.WriteAsync(db, email, Audit.LockedOut, email, null, ip, cancellationToken);
            Error = "Too many failed attempts: this account is locked for a while. Try again later or ask an admin.";
            return Page();
        }

        if (!result.Succeeded)
        {
            await Audit.WriteAsync(db, email, Audit.LoginFailed, email, "wrong password", ip, cancellationToken);
            Error = "That email and password do not match an active account.";
            return Page();
        }

        var sessionId = await StaffSessions.StartAsync(db, user, cancellationToken);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(StaffSessions.ClaimType, sessionId)]);
        await Audit.WriteAsync(db, email, Audit.Login, email, null, ip, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }

    public sealed record LoginInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(1024)]
        public string Password { get; set; } = "";
    }
}
