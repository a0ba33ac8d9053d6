using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Accounts;

public static class AccountsFeature
{
    public const string DefaultAdminEmail = "admin@vestnik.local";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<VestnikDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        // Role changes and disabled accounts reach signed-in sessions within a minute, not at the default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddStaffPolicies();
        services.AddScoped<Password.AccountLinks>();
        services.AddSingleton<TwoFactor.AuthenticatorCandidate>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "vestnik.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
        });
        // Every desk writes to the audit log; it lives with the accounts whose actions it records.
        services.AddScoped<AuditLog>();
        services.AddNewsroomMenuEntry("/newsroom/users", StaffPolicies.ManageStaff, t => t.Users, order: 90);
        return services;
    }

    /// <summary>
    /// Makes sure the staff roles exist and someone can sign in as admin. The account comes from
    /// <c>Vestnik:Admin:Email</c>/<c>Password</c>; without them a random password is printed once, here and never again.
    /// </summary>
    public static async Task EnsureAdminAccountAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<VestnikOptions>>().Value.Admin;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsFeature));

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var email = string.IsNullOrWhiteSpace(options.Email) ? DefaultAdminEmail : options.Email.Trim();
        var password = string.IsNullOrEmpty(options.Password) ? GeneratePassword() : options.Password;
        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        Check(await users.CreateAsync(admin, password), $"create the admin account {email}");
        Check(await users.AddToRolesAsync(admin, Roles.All), "give the admin account its roles");

        if (string.IsNullOrEmpty(options.Password))
        {
            // Printed to the console once so a new user can sign in; it is not logged to structured sinks.
            Console.WriteLine($"""

                ==== Vestnik admin account created ====
                  email:    {email}
                  password: {password}
                Change it after signing in. This password is not shown again.
                =======================================

                """);
        }
        logger.LogInformation("Admin account {Email} created", email);
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "7a";

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
