using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts;

/// <summary>Interface strings of the sign-in pages, in both languages.</summary>
public sealed record AccountText
{
    public static readonly AccountText Ru = new()
    {
        SignInTitle = "Вход",
        Email = "Электронная почта",
        Password = "Пароль",
        RememberMe = "Запомнить меня",
        SignIn = "Войти",
        SignOut = "Выйти",
        InvalidCredentials = "Неверная почта или пароль. После нескольких неудачных попыток вход по адресу приостанавливается на 15 минут.",
        LockedOut = "Слишком много неудачных попыток. Вход заблокирован на 15 минут.",
        NotAllowed = "Этот адрес ещё не подтверждён. Проверьте почту.",
        AccessDeniedTitle = "Нет доступа",
        AccessDeniedText = "У вашей учётной записи нет прав на эту страницу.",
        EmailRequired = "Укажите электронную почту.",
        PasswordRequired = "Укажите пароль.",
        ForgotPassword = "Забыли пароль?",
        ForgotTitle = "Восстановление пароля",
        ForgotIntro = "Укажите почту, и мы пришлём ссылку для нового пароля.",
        SendLink = "Отправить ссылку",
        LinkSent = "Если такой адрес есть у нас, письмо со ссылкой уже отправлено. Ссылка действует сутки.",
        ResetTitle = "Новый пароль",
        NewPassword = "Новый пароль (не короче 10 знаков)",
        SetPassword = "Сохранить пароль",
        ResetDone = "Пароль сохранён. Теперь можно войти.",
        ResetInvalid = "Ссылка устарела или уже использована. Запросите новую.",
        PasswordRejected = "Пароль слишком простой: нужно не меньше 10 знаков, с цифрой, строчной и заглавной буквами.",
        ResetSubject = "Вестник: новый пароль",
        ResetBody = "Чтобы задать новый пароль, откройте ссылку:\n\n{0}\n\nЕсли вы не просили об этом, просто удалите письмо.",
        InviteSubject = "Вестник: приглашение в редакцию",
        InviteBody = "Вас пригласили в редакцию «Вестника». Чтобы задать пароль и войти, откройте ссылку:\n\n{0}",
        TwoFactorTitle = "Код из приложения",
        TwoFactorIntro = "Введите шестизначный код из приложения-аутентификатора.",
        Code = "Код",
        Verify = "Подтвердить",
        CodeInvalid = "Неверный код.",
        TwoFactorSetupTitle = "Двухфакторный вход",
        TwoFactorOn = "Двухфакторный вход включён.",
        TwoFactorOff = "Двухфакторный вход выключен.",
        TwoFactorScan = "Добавьте в приложение-аутентификатор (Google Authenticator, Aegis, 1Password) ключ ниже или ссылку, затем введите код из приложения.",
        Key = "Ключ",
        Enable = "Включить",
        Disable = "Выключить",
        SetUp = "Настроить",
        ReplaceKey = "Заменить ключ",
        ReplaceKeyNote = "Прежний ключ работает, пока вы не подтвердите новый кодом.",
        SetupExpired = "Настройка устарела. Начните её заново.",
    };

    public static readonly AccountText En = new()
    {
        SignInTitle = "Sign in",
        Email = "Email",
        Password = "Password",
        RememberMe = "Remember me",
        SignIn = "Sign in",
        SignOut = "Sign out",
        InvalidCredentials = "Wrong email or password. After several failed attempts, signing in with an address is paused for 15 minutes.",
        LockedOut = "Too many failed attempts. Signing in is locked for 15 minutes.",
        NotAllowed = "This address is not confirmed yet. Please check your email.",
        AccessDeniedTitle = "Access denied",
        AccessDeniedText = "Your account has no rights to this page.",
        EmailRequired = "Enter your email.",
        PasswordRequired = "Enter your password.",
        ForgotPassword = "Forgot your password?",
        ForgotTitle = "Reset your password",
        ForgotIntro = "Enter your email and we will send a link to set a new password.",
        SendLink = "Send the link",
        LinkSent = "If we know this address, an email with a link is on its way. The link works for a day.",
        ResetTitle = "Set a new password",
        NewPassword = "New password (at least 10 characters)",
        SetPassword = "Save the password",
        ResetDone = "Your password is saved. You can sign in now.",
        ResetInvalid = "This link has expired or was already used. Ask for a new one.",
        PasswordRejected = "The password is too weak: at least 10 characters with a digit, a lowercase and an uppercase letter.",
        ResetSubject = "Vestnik: set a new password",
        ResetBody = "To set a new password, open this link:\n\n{0}\n\nIf you did not ask for this, ignore this email.",
        InviteSubject = "Vestnik: you are invited to the newsroom",
        InviteBody = "You have been invited to the Vestnik newsroom. To set your password and sign in, open this link:\n\n{0}",
        TwoFactorTitle = "Authenticator code",
        TwoFactorIntro = "Enter the six-digit code from your authenticator app.",
        Code = "Code",
        Verify = "Verify",
        CodeInvalid = "Wrong code.",
        TwoFactorSetupTitle = "Two-factor sign-in",
        TwoFactorOn = "Two-factor sign-in is on.",
        TwoFactorOff = "Two-factor sign-in is off.",
        TwoFactorScan = "Add the key below (or the link) to your authenticator app (Google Authenticator, Aegis, 1Password), then enter the code it shows.",
        Key = "Key",
        Enable = "Turn on",
        Disable = "Turn off",
        SetUp = "Set up",
        ReplaceKey = "Replace the key",
        ReplaceKeyNote = "Your current key keeps working until you confirm the new one with a code.",
        SetupExpired = "This setup has expired. Please start again.",
    };

    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string RememberMe { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string InvalidCredentials { get; init; }
    /// <summary>Said only after the right password (at the authenticator step), where it reveals nothing about the address.</summary>
    public required string LockedOut { get; init; }
    public required string NotAllowed { get; init; }
    public required string AccessDeniedTitle { get; init; }
    public required string AccessDeniedText { get; init; }
    public required string EmailRequired { get; init; }
    public required string PasswordRequired { get; init; }
    public required string ForgotPassword { get; init; }
    public required string ForgotTitle { get; init; }
    public required string ForgotIntro { get; init; }
    public required string SendLink { get; init; }
    public required string LinkSent { get; init; }
    public required string ResetTitle { get; init; }
    public required string NewPassword { get; init; }
    public required string SetPassword { get; init; }
    public required string ResetDone { get; init; }
    public required string ResetInvalid { get; init; }
    public required string PasswordRejected { get; init; }
    public required string ResetSubject { get; init; }
    public required string ResetBody { get; init; }
    public required string InviteSubject { get; init; }
    public required string InviteBody { get; init; }
    public required string TwoFactorTitle { get; init; }
    public required string TwoFactorIntro { get; init; }
    public required string Code { get; init; }
    public required string Verify { get; init; }
    public required string CodeInvalid { get; init; }
    public required string TwoFactorSetupTitle { get; init; }
    public required string TwoFactorOn { get; init; }
    public required string TwoFactorOff { get; init; }
    public required string TwoFactorScan { get; init; }
    public required string Key { get; init; }
    public required string Enable { get; init; }
    public required string Disable { get; init; }
    public required string SetUp { get; init; }
    public required string ReplaceKey { get; init; }
    public required string ReplaceKeyNote { get; init; }
    public required string SetupExpired { get; init; }

    public static AccountText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
