using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Newsroom.Media;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// The exported objects that are not articles, added as rows with the ids they had (docs/export.md: references
/// inside the file need no mapping). Values the entities keep behind their own methods (a comment's moderation
/// state) are stored as exported: this is the same site's history, not a new action.
/// </summary>
internal static class RestoredRows
{
    /// <summary>Adds the entity with the id it had on the exported site.</summary>
    private static void AddWithId<T>(VestnikDbContext db, T entity, object id) where T : class
    {
        db.Entry(entity).Property("Id").CurrentValue = id;
        db.Add(entity);
    }

    public static void AddSection(VestnikDbContext db, JsonElement json) => AddWithId(db, new Section
    {
        Slug = json.Str("slug"), NameRu = json.Str("nameRu"), NameEn = json.Str("nameEn"), Position = json.Int("position"),
    }, json.Int("id"));

    public static void AddTag(VestnikDbContext db, JsonElement json) => AddWithId(db, new Tag
    {
        Name = json.Str("name"), Slug = json.Str("slug"), Language = json.Language("language"),
    }, json.Int("id"));

    public static void AddLabel(VestnikDbContext db, JsonElement json) => AddWithId(db, new Label
    {
        Slug = json.Str("slug"), NameRu = json.Str("nameRu"), NameEn = json.Str("nameEn"), IsBuiltIn = json.Bool("builtIn"),
    }, json.Int("id"));

    public static void AddOutlet(VestnikDbContext db, JsonElement json) => AddWithId(db, new SourceOutlet
    {
        Name = json.Str("name"), HomepageUrl = json.NullableStr("homepageUrl"), Language = json.Str("language"),
    }, json.Int("id"));

    public static void AddAuthor(VestnikDbContext db, JsonElement json) => AddWithId(db, new Author
    {
        Name = json.Str("name"), Slug = json.Str("slug"), Bio = json.Str("bio"), PhotoUrl = json.NullableStr("photoUrl"),
        UserId = json.NullableStr("userId"),
    }, json.Int("id"));

    /// <summary>The account as Identity stored it: hash, stamps and second factor unchanged, so everyone signs in as before.</summary>
    public static void AddAccount(VestnikDbContext db, JsonElement json, IReadOnlyDictionary<string, string> roleIds)
    {
        var user = new AppUser
        {
            Id = json.Str("id"),
            UserName = json.NullableStr("userName"),
            NormalizedUserName = json.NullableStr("normalizedUserName"),
            Email = json.NullableStr("email"),
            NormalizedEmail = json.NullableStr("normalizedEmail"),
            EmailConfirmed = json.Bool("emailConfirmed"),
            DisplayName = json.Str("displayName"),
            PasswordHash = json.NullableStr("passwordHash"),
            SecurityStamp = json.NullableStr("securityStamp"),
            ConcurrencyStamp = json.NullableStr("concurrencyStamp"),
            PhoneNumber = json.NullableStr("phoneNumber"),
            PhoneNumberConfirmed = json.Bool("phoneNumberConfirmed"),
            TwoFactorEnabled = json.Bool("twoFactorEnabled"),
            LockoutEnabled = json.Bool("lockoutEnabled"),
            LockoutEnd = json.NullableDate("lockoutEnd"),
            AccessFailedCount = json.Int("accessFailedCount"),
        };
        db.Users.Add(user);
        foreach (var role in json.Array("roles").Select(r => r.GetString() ?? ""))
        {
            db.UserRoles.Add(new IdentityUserRole<string>
            {
                UserId = user.Id,
                RoleId = roleIds.TryGetValue(role, out var roleId) ? roleId : throw new ExportFileException($"Account {user.Id} holds an unknown role \"{role}\"."),
            });
        }
        foreach (var claim in json.Array("claims"))
        {
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = claim.NullableStr("type"), ClaimValue = claim.NullableStr("value") });
        }
        foreach (var login in json.Array("logins"))
        {
            db.UserLogins.Add(new IdentityUserLogin<string>
            {
                UserId = user.Id, LoginProvider = login.Str("loginProvider"), ProviderKey = login.Str("providerKey"),
                ProviderDisplayName = login.NullableStr("providerDisplayName"),
            });
        }
        foreach (var token in json.Array("tokens"))
        {
            db.UserTokens.Add(new IdentityUserToken<string>
            {
                UserId = user.Id, LoginProvider = token.Str("loginProvider"), Name = token.Str("name"), Value = token.NullableStr("value"),
            });
        }
        if (json.NullableObject("readerSettings") is { } settings)
        {
            db.Add(new ReaderSettings
            {
                UserId = user.Id, NotifyOnReply = settings.Bool("notifyOnReply"), UnsubscribeToken = settings.Str("unsubscribeToken"),
            });
        }
    }

    public static void AddComment(VestnikDbContext db, JsonElement json)
    {
        var comment = new Comment
        {
            ArticleId = json.Int("articleId"),
            ParentId = json.NullableLong("parentId"),
            RootId = json.NullableLong("rootId"),
            DisplayParentId = json.NullableLong("displayParentId"),
            Depth = json.Int("depth"),
            ReplyToName = json.NullableStr("replyToName"),
            AuthorId = json.NullableStr("authorId"),
            AuthorName = json.Str("authorName"),
            IsShadowed = json.Bool("isShadowed"),
            ReviewNotes = json.Str("reviewNotes"),
            SpamScore = json.Double("spamScore"),
            IpHash = json.Str("ipHash"),
            CreatedAt = json.Date("createdAt"),
            LikeCount = json.Int("likeCount"),
            ReportCount = json.Int("reportCount"),
        };
        comment.SetBody(json.Str("body"), json.Str("bodyHtml"), json.Str("contentHash"));
        var entry = db.Entry(comment);
        entry.Property(c => c.Status).CurrentValue = json.Enum<CommentStatus>("status");
        entry.Property(c => c.EditedAt).CurrentValue = json.NullableDate("editedAt");
        entry.Property(c => c.ModeratedAt).CurrentValue = json.NullableDate("moderatedAt");
        entry.Property(c => c.ModeratedBy).CurrentValue = json.NullableStr("moderatedBy");
        AddWithId(db, comment, json.Long("id"));
    }

    public static void AddMediaAsset(VestnikDbContext db, JsonElement json) => AddWithId(db, new MediaAsset
    {
        Folder = json.Str("folder"),
        OriginalFileName = json.Str("originalFileName"),
        OriginalExtension = json.Str("originalExtension"),
        Width = json.Int("width"),
        Height = json.Int("height"),
        Widths = string.Join(',', json.Array("renditionWidths").Select(w => w.GetInt32())),
        Caption = json.Str("caption"),
        Credit = json.Str("credit"),
        AltText = json.Str("altText"),
        UploadedAt = json.Date("uploadedAt"),
        UploadedBy = json.Str("uploadedBy"),
    }, json.Int("id"));

    public static void AddOldAddress(VestnikDbContext db, JsonElement json) => AddWithId(db, new OldAddress
    {
        Path = json.Str("path"), ArticleId = json.NullableInt("articleId"), SectionId = json.NullableInt("sectionId"), TagId = json.NullableInt("tagId"),
        AuthorId = json.NullableInt("authorId"),
    }, json.Int("id"));

    public static void AddCommentMode(VestnikDbContext db, JsonElement json) => db.Add(new CommentModeSetting
    {
        SectionId = json.NullableInt("sectionId"), ArticleId = json.NullableInt("articleId"), Mode = json.Enum<ModerationMode>("mode"),
    });
}
