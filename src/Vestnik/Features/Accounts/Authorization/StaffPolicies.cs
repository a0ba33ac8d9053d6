using System.Security.Claims;

namespace Vestnik.Features.Accounts.Authorization;

/// <summary>
/// Every staff capability by name, and the one table of which roles hold it. Pages, endpoints, the newsroom menu
/// and the access tests all read this table, so a rule changes here or nowhere. Readers (no staff role) hold none.
/// </summary>
public static class StaffPolicies
{
    /// <summary>The newsroom's front door and its language switch: anyone with a staff role.</summary>
    public const string EnterNewsroom = "Staff.EnterNewsroom";

    /// <summary>The article list, the editor, media and revisions (what an author may do inside is up to the workflow).</summary>
    public const string Write = "Staff.Write";

    /// <summary>Deciding about any article: publish, schedule, unpublish, corrections, deleting.</summary>
    public const string Publish = "Staff.Publish";

    /// <summary>Authors and sections.</summary>
    public const string ManageCatalog = "Staff.ManageCatalog";

    /// <summary>The comment queues, reader histories and bans, comment settings.</summary>
    public const string ModerateComments = "Staff.ModerateComments";

    /// <summary>The foreign-press inbox and its sources.</summary>
    public const string ReadForeignPress = "Staff.ReadForeignPress";

    /// <summary>Share counts per article and network.</summary>
    public const string ViewShares = "Staff.ViewShares";

    /// <summary>Webhooks: their secrets and delivery logs.</summary>
    public const string ManageWebhooks = "Staff.ManageWebhooks";

    /// <summary>Accounts, roles and the audit log.</summary>
    public const string ManageStaff = "Staff.ManageStaff";

    /// <summary>Keys of the content API: who gets the newsroom's content as data, and from which sites.</summary>
    public const string ManageApiKeys = "Staff.ManageApiKeys";

    /// <summary>Version, health and configuration of the running system.</summary>
    public const string ViewSystemStatus = "Staff.ViewSystemStatus";

    /// <summary>Downloading the whole site: every article, comment and media file, and the accounts with their password hashes.</summary>
    public const string ExportSite = "Staff.ExportSite";

    /// <summary>Uploading another system's archive to import: it writes articles, accounts and comments in bulk.</summary>
    public const string ImportArchive = "Staff.ImportArchive";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [EnterNewsroom] = Roles.All,
        [Write] = [Roles.Admin, Roles.Editor, Roles.Author],
        [Publish] = [Roles.Admin, Roles.Editor],
        [ManageCatalog] = [Roles.Admin, Roles.Editor],
        [ModerateComments] = [Roles.Admin, Roles.Editor, Roles.Moderator],
        [ReadForeignPress] = [Roles.Admin, Roles.Editor],
        [ViewShares] = [Roles.Admin, Roles.Editor],
        [ManageWebhooks] = [Roles.Admin],
        [ManageStaff] = [Roles.Admin],
        [ManageApiKeys] = [Roles.Admin],
        [ViewSystemStatus] = [Roles.Admin],
        [ExportSite] = [Roles.Admin],
        [ImportArchive] = [Roles.Admin],
    };

    /// <summary>
    /// The same answer the policy gives, for code that decides synchronously inside a page (the article workflow)
    /// rather than at its door.
    /// </summary>
    public static bool Allows(this ClaimsPrincipal user, string policy) => RolesByPolicy[policy].Any(user.IsInRole);

    public static IServiceCollection AddStaffPolicies(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in RolesByPolicy)
        {
            builder.AddPolicy(policy, p => p.RequireRole(roles));
        }
        return services;
    }
}
