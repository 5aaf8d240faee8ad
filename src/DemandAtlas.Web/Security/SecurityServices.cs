using System.Threading.RateLimiting;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DemandAtlas.Web.Security;

public static class SecurityServices
{
    public const string LoginRateLimit = "login";
    public const string StaffPolicy = "Staff";
    public const string AdminPolicy = "Admin";
    public const string LoginPath = "/account/login";

    /// <summary>Identity on AtlasDb with the password policy; shared by the site and the `users` verb.</summary>
    public static IServiceCollection AddAtlasAccounts(this IServiceCollection services)
    {
        // Keys live in the store so restarts and several instances keep cookies, forms and reset tokens valid.
        services.AddDataProtection().SetApplicationName("DemandAtlas").PersistKeysToDbContext<AtlasDb>();
        services.AddIdentityCore<AtlasUser>(options =>
            {
                // Length over composition (NIST 800-63B); the common-password list does the rest.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AtlasDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        // OWASP's 2023 floor for PBKDF2-HMAC-SHA512 is 210,000 iterations.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        return services;
    }

    /// <summary>Accounts plus cookies, server-side sessions, authorization, the login rate limit and DB-held keys.</summary>
    public static IServiceCollection AddAtlasSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAtlasAccounts();
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((cookie, security) =>
            {
                cookie.Cookie.Name = "__Host-atlas-staff";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.Path = "/";
                cookie.ExpireTimeSpan = security.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/account/access-denied";
                cookie.Events.OnValidatePrincipal = StaffSessions.ValidateAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var security = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
                var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.LoginPermitLimit,
                    Window = security.LoginWindow,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Call after UseRouting so the login page's rate-limit policy is visible.</summary>
    public static IApplicationBuilder UseAtlasSecurity(this IApplicationBuilder app) =>
        app.UseAuthentication().UseRateLimiter().UseAuthorization();
}
