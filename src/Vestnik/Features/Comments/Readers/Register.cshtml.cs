using System.Globalization;
using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Comments.Readers;

/// <summary>
/// A reader signs up with email, password and a display name, then confirms the address from the email. The page
/// answers the same whether or not the address already has an account (staff included): only the mailbox's owner
/// learns that, from the email, so the form cannot be used to find out who has an account.
/// </summary>
public sealed class RegisterModel(
    UserManager<AppUser> users,
    ReaderSettingsStore settings,
    IEmailSender email,
    PublicUrl publicUrl,
    DisplayNamePolicy names,
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
        var nameProblem = await names.CheckAsync(name, userId: null, cancellationToken);
        if (nameProblem != DisplayNameProblem.None)
        {
            errors.Add(nameProblem switch
            {
                DisplayNameProblem.Reserved or DisplayNameProblem.Staff => Text.NameReserved,
                DisplayNameProblem.Taken => Text.NameTaken,
                _ => Text.NameInvalid,
            });
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > MaxFieldLength)
        {
            errors.Add(Text.Password);
        }
        var user = new AppUser { UserName = address, Email = address, DisplayName = name };
        if (errors.Count == 0)
        {
            // Judged before looking the address up, so a weak password is refused alike for taken and free addresses.
            errors.AddRange(await PasswordErrorsAsync(user, Password!));
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var existing = await users.FindByEmailAsync(address);
        var created = existing is null ? await users.CreateAsync(user, Password!) : null;
        if (created is { Succeeded: false } && !created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            return Invalid(created.Errors.Select(e => e.Description).ToList());
        }
        if (created is not { Succeeded: true })
        {
            // Taken (or taken a moment ago by a parallel request): hash the password anyway so that the answer takes
            // as long as creating an account, and tell the owner of the address instead of the visitor.
            users.PasswordHasher.HashPassword(user, Password!);
            await SendAlreadyRegisteredAsync(address, cancellationToken);
            return SentPage();
        }
        await settings.GetOrCreateAsync(user.Id, cancellationToken);

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = publicUrl.Absolute(Request, $"/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={token}"
            + (SafeReturnUrl.Local(ReturnUrl) is { } back ? "&returnUrl=" + Uri.EscapeDataString(back) : ""));
        await email.SendAsync(new EmailMessage(address, Text.ConfirmSubject,
            string.Format(CultureInfo.InvariantCulture, Text.ConfirmBody, name, link)), cancellationToken);
        logger.LogInformation("Reader {UserId} registered", user.Id);
        return SentPage();
    }

    private PageResult SentPage()
    {
        Sent = true;
        Password = null;
        return Page();
    }

    private async Task<List<string>> PasswordErrorsAsync(AppUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }
        return errors;
    }

    private async Task SendAlreadyRegisteredAsync(string address, CancellationToken cancellationToken)
    {
        var signIn = publicUrl.Absolute(Request, "/account/login");
        var reset = publicUrl.Absolute(Request, "/account/forgot-password");
        await email.SendAsync(new EmailMessage(address, Text.AlreadyRegisteredSubject,
            string.Format(CultureInfo.InvariantCulture, Text.AlreadyRegisteredBody, signIn, reset)), cancellationToken);
        logger.LogInformation("Registration attempted with an existing address; its owner was told");
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
