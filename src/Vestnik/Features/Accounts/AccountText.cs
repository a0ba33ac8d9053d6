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
        InvalidCredentials = "Неверная почта или пароль.",
        LockedOut = "Слишком много неудачных попыток. Вход заблокирован на 15 минут.",
        NotAllowed = "Этот адрес ещё не подтверждён. Проверьте почту.",
        AccessDeniedTitle = "Нет доступа",
        AccessDeniedText = "У вашей учётной записи нет прав на эту страницу.",
        EmailRequired = "Укажите электронную почту.",
        PasswordRequired = "Укажите пароль.",
    };

    public static readonly AccountText En = new()
    {
        SignInTitle = "Sign in",
        Email = "Email",
        Password = "Password",
        RememberMe = "Remember me",
        SignIn = "Sign in",
        SignOut = "Sign out",
        InvalidCredentials = "Wrong email or password.",
        LockedOut = "Too many failed attempts. Signing in is locked for 15 minutes.",
        NotAllowed = "This address is not confirmed yet. Please check your email.",
        AccessDeniedTitle = "Access denied",
        AccessDeniedText = "Your account has no rights to this page.",
        EmailRequired = "Enter your email.",
        PasswordRequired = "Enter your password.",
    };

    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string RememberMe { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string InvalidCredentials { get; init; }
    public required string LockedOut { get; init; }
    public required string NotAllowed { get; init; }
    public required string AccessDeniedTitle { get; init; }
    public required string AccessDeniedText { get; init; }
    public required string EmailRequired { get; init; }
    public required string PasswordRequired { get; init; }

    public static AccountText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
