using Vestnik.Features.Accounts;

namespace Vestnik.Features.Newsroom;

/// <summary>Who may enter which part of the newsroom. Readers (accounts without a staff role) never may.</summary>
public static class NewsroomPolicies
{
    /// <summary>Writers and above: the article list, the editor, media.</summary>
    public const string Staff = "Newsroom.Staff";

    /// <summary>Those who decide: publish, schedule, unpublish, corrections, deleting.</summary>
    public const string Editors = "Newsroom.Editors";

    /// <summary>Accounts, roles and the audit log.</summary>
    public const string Admins = "Newsroom.Admins";

    public static IServiceCollection AddNewsroomPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Editor, Roles.Author))
            .AddPolicy(Editors, p => p.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Admins, p => p.RequireRole(Roles.Admin))
            .Services;
}
