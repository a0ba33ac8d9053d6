using System.Globalization;
using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Comments.Readers;

/// <summary>A reader signs up with email, password and a display name, then confirms the address from the email.</summary>
public sealed class RegisterModel(
    UserManager<AppUser> users,
    VestnikDbContext db,
    IEmailSender email,
    PublicUrl publicUrl,
    PageMeta meta,
    ILogger<RegisterModel> logger) : PageModel
{
    public const int MaxFieldLength = 256;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Sent { get; private set; }
    public ReadersText Text { get; private set; } = ReadersText.Ru;

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var address = (Email ?? "").Trim();
        var name = DisplayNames.Normalize(DisplayName);
        var errors = new List<string>();
        if (address.Length is 0 or > MaxFieldLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            errors.Add(Text.EmailInvalid);
        }
        if (!DisplayNames.IsValid(name))
        {
            errors.Add(Text.NameInvalid);
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > MaxFieldLength)
        {
            errors.Add(Text.Password);
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var user = new AppUser { UserName = address, Email = address, DisplayName = name };
        var created = await users.CreateAsync(user, Password!);
        if (!created.Succeeded)
        {
            var taken = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            return Invalid(taken ? [Text.EmailTaken] : created.Errors.Select(e => e.Description).ToList());
        }
        await ReaderSettingsStore.GetOrCreateAsync(db, user.Id, cancellationToken);

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = publicUrl.Absolute(Request, $"/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={token}"
            + (SafeReturnUrl.Local(ReturnUrl) is { } back ? "&returnUrl=" + Uri.EscapeDataString(back) : ""));
        await email.SendAsync(new EmailMessage(address, Text.ConfirmSubject,
            string.Format(CultureInfo.InvariantCulture, Text.ConfirmBody, name, link)), cancellationToken);
        logger.LogInformation("Reader {UserId} registered", user.Id);
        Sent = true;
        Password = null;
        return Page();
    }

    private PageResult Invalid(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Prepare()
    {
        Text = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.RegisterTitle;
        meta.NoIndex = true;
    }
}
