using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Api.Keys;

/// <summary>
/// Admins create keys (the secret is shown once) with their scopes and, for writing, the account they act as; see
/// when each was last used; and revoke them.
/// </summary>
[Authorize(Policy = StaffPolicies.ManageApiKeys)]
public sealed class ApiKeysModel(ApiKeyAdmin admin, PageMeta meta, NewsroomTime time) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Origins { get; set; }

    [BindProperty]
    public int RequestsPerMinute { get; set; } = ApiKeyAdmin.DefaultRequestsPerMinute;

    /// <summary>A new key reads by default; writing is granted on purpose.</summary>
    [BindProperty]
    public List<string> Scopes { get; set; } = [ApiScopes.ContentRead];

    /// <summary>The account a writing key acts as; the admin creating it unless they pick another.</summary>
    [BindProperty]
    public string? ActsAsUserId { get; set; }

    public IReadOnlyList<StaffWriter> Writers { get; private set; } = [];

    public string? Error { get; private set; }
    public CreatedApiKey? Created { get; private set; }
    public IReadOnlyList<ApiKeyRow> Keys { get; private set; } = [];
    public ApiText Text => ApiText.For(NewsroomLanguage.Of(HttpContext));

    public string When(DateTimeOffset instant) => time.FormatDateTime(instant, Text.Language);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = new NewApiKey(Name ?? "", Origins ?? "", ModelState.IsValid ? RequestsPerMinute : 0, Scopes, ActsAsUserId);
        var (created, error) = await admin.CreateAsync(form, User.FindFirstValue(ClaimTypes.NameIdentifier), Text, cancellationToken);
        if (created is null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Created = created;
            Name = "";
            Origins = "";
            RequestsPerMinute = ApiKeyAdmin.DefaultRequestsPerMinute;
            Scopes = [ApiScopes.ContentRead];
            ActsAsUserId = null;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken) =>
        await admin.RevokeAsync(id, cancellationToken) ? RedirectToPage() : NotFound();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        meta.Title = Text.Title;
        meta.NoIndex = true;
        Keys = await admin.ListAsync(cancellationToken);
        Writers = await admin.WritersAsync(cancellationToken);
        ActsAsUserId ??= User.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
