namespace Vestnik.Features.Accounts.Audit;

/// <summary>The acts the audit log records; stored as these strings, so renaming one is a data migration.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PasswordReset = "password-reset";
    public const string Invite = "invite";
    public const string RolesChanged = "roles-changed";
    public const string TwoFactorChanged = "two-factor-changed";
    public const string ArticleCreate = "article-create";
    public const string ArticleSave = "article-save";
    public const string ArticleAutosave = "article-autosave";
    public const string Submit = "submit";
    public const string ReturnToDraft = "return-to-draft";
    public const string Correction = "correction";
    public const string Restore = "restore";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Schedule = "schedule";
    public const string Delete = "delete";
    public const string SiteExport = "site-export";
    public const string SiteImport = "site-import";
    public const string ApiKeyCreate = "api-key-create";
    public const string ApiKeyRevoke = "api-key-revoke";
}
