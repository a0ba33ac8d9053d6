using Vestnik.Features.Accounts;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Who may moderate comments: moderators, editors and admins.</summary>
public static class ModeratorRoles
{
    public const string All = Roles.Moderator + "," + Roles.Editor + "," + Roles.Admin;
}
