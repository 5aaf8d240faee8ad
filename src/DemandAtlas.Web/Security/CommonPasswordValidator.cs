using System.Reflection;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace DemandAtlas.Web.Security;

/// <summary>
/// Refuses passwords found on lists of the most common ones (NIST 800-63B asks for this instead of
/// composition rules), and passwords that merely repeat the account's email.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AtlasUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password)
    {
        var folded = password.Trim().ToLowerInvariant();
        return Common.Value.Contains(folded) || folded.Distinct().Count() <= 2;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AtlasUser> manager, AtlasUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is on a list of common passwords; choose a longer phrase of your own.",
            }));
        }

        var email = user.Email ?? user.UserName ?? "";
        var local = email.Split('@')[0];
        if (email.Length > 0 && (password.Contains(email, StringComparison.OrdinalIgnoreCase) || (local.Length >= 4 && password.Equals(local, StringComparison.OrdinalIgnoreCase))))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordIsEmail",
                Description = "The password must not be your email address.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DemandAtlas.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
