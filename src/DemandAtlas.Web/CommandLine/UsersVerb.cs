using System.CommandLine;
using System.Text;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `users add|list|disable|reset-password`: how the first admin is made. Passwords come from standard
/// input (when redirected) or a no-echo prompt, never from argv, where shell history and `ps` would see them.
/// </summary>
public static class UsersVerb
{
    public static Command Command(VerbContext context)
    {
        // Recursive: `users add … --db PATH` and `users --db PATH add …` both work.
        var database = VerbOptions.Database();
        database.Recursive = true;
        var email = () => new Argument<string>("email") { Description = "The account's email address (its sign-in name)" };
        var role = new Option<string>("--role") { Description = "Admin or Editor", HelpName = "Admin|Editor", Required = true };

        var addEmail = email();
        var add = new Command("add", "Create an account; the password is read from standard input when redirected, else prompted for") { addEmail, role };
        add.SetAction((parse, ct) => Run(context, parse, database, (io, db, users, roles, token) =>
            AddAsync(io, db, users, roles, parse.GetRequiredValue(addEmail), parse.GetRequiredValue(role), token), ct));

        var list = new Command("list", "Every account: email, role, active/locked/disabled");
        list.SetAction((parse, ct) => Run(context, parse, database, (io, db, users, _, token) => ListAsync(io, db, users, token), ct));

        var disableEmail = email();
        var disable = new Command("disable", "Disable an account and end its sessions at once") { disableEmail };
        disable.SetAction((parse, ct) => Run(context, parse, database, (io, db, users, _, token) =>
            DisableAsync(io, db, users, parse.GetRequiredValue(disableEmail), token), ct));

        var resetEmail = email();
        var reset = new Command("reset-password", "Set a new password (from standard input or a prompt) and end the account's sessions") { resetEmail };
        reset.SetAction((parse, ct) => Run(context, parse, database, (io, db, users, _, token) =>
            ResetAsync(io, db, users, parse.GetRequiredValue(resetEmail), token), ct));

        return new Command("users", "Staff accounts: how the first admin is made (there are no default accounts)")
        {
            database, add, list, disable, reset,
        };
    }

    /// <summary>Runs `users ARGS` on an app's own services (the tests' running site) with the given streams.</summary>
    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader? passwords, TextWriter output, TextWriter errors, CancellationToken cancellationToken) =>
        Verbs.InvokeAsync(["users", .. args], VerbContext.For(services, passwords, output, errors), (_, _) => Task.FromResult(ExitCodes.Usage), cancellationToken);

    private delegate Task<int> Operation(Io io, AtlasDb db, UserManager<AtlasUser> users, RoleManager<IdentityRole> roles, CancellationToken cancellationToken);

    private static Task<int> Run(VerbContext context, ParseResult parse, Option<string> database, Operation operation, CancellationToken cancellationToken) =>
        context.RunAsync(parse.GetValue(database), async (services, ct) =>
        {
            var io = new Io(context.Passwords, context.Out, context.Error);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
            await DataServices.MigrateAsync(db, ct);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            return await operation(io, db, users, roles, ct);
        }, cancellationToken);

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
    }

    private static async Task<int> AddAsync(Io io, AtlasDb db, UserManager<AtlasUser> users, RoleManager<IdentityRole> roles, string email, string role, CancellationToken cancellationToken)
    {
        var canonicalRole = Roles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (canonicalRole is null)
        {
            await io.Errors.WriteLineAsync($"users add: unknown role '{role}'; use Admin or Editor.");
            return ExitCodes.Usage;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await io.Errors.WriteLineAsync($"{email} already has an account.");
            return ExitCodes.Failed;
        }

        await EnsureRolesAsync(roles);
        var user = new AtlasUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = db.Clock.GetUtcNow() };
        var password = io.ReadPassword($"Password for {email} (at least 12 characters): ");
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return await FailAsync(io, created);
        }

        var added = await users.AddToRoleAsync(user, canonicalRole);
        if (!added.Succeeded)
        {
            return await FailAsync(io, added);
        }

        await Audit.WriteAsync(db, "command-line", Audit.UserCreated, email, $"role {canonicalRole}", cancellationToken: cancellationToken);
        io.Output.WriteLine($"Created {email} with role {canonicalRole}.");
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(Io io, AtlasDb db, UserManager<AtlasUser> users, CancellationToken cancellationToken)
    {
        foreach (var user in await db.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken))
        {
            var userRoles = string.Join(",", await users.GetRolesAsync(user));
            var state = user.IsDisabled ? "disabled" : await users.IsLockedOutAsync(user) ? "locked" : "active";
            io.Output.WriteLine($"{user.Email}\t{(userRoles.Length == 0 ? "-" : userRoles)}\t{state}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> DisableAsync(Io io, AtlasDb db, UserManager<AtlasUser> users, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await io.Errors.WriteLineAsync($"No account for {email}.");
            return ExitCodes.Failed;
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await StaffSessions.EndAllAsync(db, user.Id, cancellationToken);
        await Audit.WriteAsync(db, "command-line", Audit.UserDisabled, email, cancellationToken: cancellationToken);
        io.Output.WriteLine($"Disabled {email}; their sessions have ended.");
        return ExitCodes.Success;
    }

    private static async Task<int> ResetAsync(Io io, AtlasDb db, UserManager<AtlasUser> users, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await io.Errors.WriteLineAsync($"No account for {email}.");
            return ExitCodes.Failed;
        }

        var password = io.ReadPassword($"New password for {email} (at least 12 characters): ");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return await FailAsync(io, reset);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await StaffSessions.EndAllAsync(db, user.Id, cancellationToken);
        await Audit.WriteAsync(db, "command-line", Audit.PasswordReset, email, cancellationToken: cancellationToken);
        io.Output.WriteLine($"Password for {email} reset; their sessions have ended.");
        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(Io io, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            await io.Errors.WriteLineAsync(error.Description);
        }

        return ExitCodes.Failed;
    }

    private sealed record Io(TextReader? Passwords, TextWriter Output, TextWriter Errors)
    {
        /// <summary>Reads one line from redirected stdin, or prompts on the terminal without echo.</summary>
        public string ReadPassword(string prompt)
        {
            if (Passwords is not null)
            {
                return Passwords.ReadLine() ?? "";
            }

            Console.Write(prompt);
            var password = new StringBuilder();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    Console.WriteLine();
                    return password.ToString();
                }

                if (key.Key == ConsoleKey.Backspace)
                {
                    if (password.Length > 0)
                    {
                        password.Length--;
                    }
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    password.Append(key.KeyChar);
                }
            }
        }
    }
}
