using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

/// <summary>Strings of the reader account pages, in both languages.</summary>
public sealed record ReadersText
{
    public static readonly ReadersText Ru = new()
    {
        RegisterTitle = "Регистрация читателя",
        Email = "Электронная почта",
        Password = "Пароль (не короче 10 символов)",
        DisplayName = "Имя, которое увидят другие читатели",
        Register = "Зарегистрироваться",
        CheckMail = "Мы отправили письмо со ссылкой для подтверждения. Откройте его, чтобы начать комментировать.",
        EmailInvalid = "Укажите настоящий адрес электронной почты.",
        EmailTaken = "Этот адрес уже зарегистрирован. Войдите или восстановите пароль.",
        NameInvalid = "Имя — от 2 до 50 символов.",
        ConfirmSubject = "Подтвердите адрес для комментариев",
        ConfirmBody = "Здравствуйте, {0}!\n\nЧтобы подтвердить адрес и комментировать статьи, откройте ссылку:\n{1}\n\nЕсли вы не регистрировались, просто удалите это письмо.\n",
        ConfirmFailed = "Ссылка недействительна или устарела.",
        Confirmed = "Адрес подтверждён. Теперь вы можете комментировать.",
        ProfileComments = "Комментарии",
        NoComments = "Комментариев пока нет.",
        NotifyOnReply = "Сообщать по почте об ответах на мои комментарии",
        Save = "Сохранить",
        Saved = "Сохранено.",
        Unsubscribed = "Вы больше не будете получать письма об ответах. Включить их снова можно в профиле.",
        UnsubscribeFailed = "Ссылка для отписки недействительна.",
        Unsubscribe = "Отписаться",
    };

    public static readonly ReadersText En = new()
    {
        RegisterTitle = "Reader registration",
        Email = "Email",
        Password = "Password (at least 10 characters)",
        DisplayName = "Name other readers will see",
        Register = "Register",
        CheckMail = "We sent you an email with a confirmation link. Open it to start commenting.",
        EmailInvalid = "Enter a real email address.",
        EmailTaken = "This address is already registered. Sign in or reset your password.",
        NameInvalid = "The name must have 2 to 50 characters.",
        ConfirmSubject = "Confirm your address for comments",
        ConfirmBody = "Hello {0},\n\nTo confirm your address and comment on articles, open this link:\n{1}\n\nIf you did not register, just delete this email.\n",
        ConfirmFailed = "The link is invalid or expired.",
        Confirmed = "Your address is confirmed. You can comment now.",
        ProfileComments = "Comments",
        NoComments = "No comments yet.",
        NotifyOnReply = "Email me when someone replies to my comments",
        Save = "Save",
        Saved = "Saved.",
        Unsubscribed = "You will no longer get reply emails. You can turn them back on in your profile.",
        UnsubscribeFailed = "The unsubscribe link is invalid.",
        Unsubscribe = "Unsubscribe",
    };

    public required string RegisterTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string DisplayName { get; init; }
    public required string Register { get; init; }
    public required string CheckMail { get; init; }
    public required string EmailInvalid { get; init; }
    public required string EmailTaken { get; init; }
    public required string NameInvalid { get; init; }
    public required string ConfirmSubject { get; init; }
    public required string ConfirmBody { get; init; }
    public required string ConfirmFailed { get; init; }
    public required string Confirmed { get; init; }
    public required string ProfileComments { get; init; }
    public required string NoComments { get; init; }
    public required string NotifyOnReply { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string Unsubscribed { get; init; }
    public required string UnsubscribeFailed { get; init; }
    public required string Unsubscribe { get; init; }

    public static ReadersText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
