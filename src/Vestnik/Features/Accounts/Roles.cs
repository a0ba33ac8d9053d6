namespace Vestnik.Features.Accounts;

/// <summary>Newsroom roles. A user may hold several.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Moderator = "Moderator";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Author, Moderator];
}
