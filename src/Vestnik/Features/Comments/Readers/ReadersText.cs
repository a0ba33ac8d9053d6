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
        CheckMail = "Мы отправили письмо на этот адрес. Откройте его, чтобы продолжить.",
        EmailInvalid = "Укажите настоящий адрес электронной почты.",
        NameInvalid = "Имя — от 2 до 50 символов.",
        NameReserved = "Это имя похоже на имя редакции или её сотрудника. Выберите другое.",
        NameTaken = "Читатель с таким или очень похожим именем уже есть. Выберите другое.",
        AlreadyRegisteredSubject = "Попытка регистрации с вашим адресом",
        AlreadyRegisteredBody = "Здравствуйте!\n\nКто-то пытался зарегистрироваться на сайте с вашим адресом, но учётная запись с ним уже есть.\n\nЕсли это были вы, войдите:\n{0}\n\nили задайте новый пароль:\n{1}\n\nЕсли нет, просто удалите это письмо: ничего не изменилось.\n",
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
        CheckMail = "We sent an email to this address. Open it to continue.",
        EmailInvalid = "Enter a real email address.",
        NameInvalid = "The name must have 2 to 50 characters.",
        NameReserved = "This name looks like the newsroom's or a staff member's. Please choose another.",
        NameTaken = "A reader with this or a very similar name already exists. Please choose another.",
        AlreadyRegisteredSubject = "Someone tried to register with your address",
        AlreadyRegisteredBody = "Hello,\n\nSomeone tried to register on the site with your address, but an account with it already exists.\n\nIf it was you, sign in:\n{0}\n\nor set a new password:\n{1}\n\nIf not, just delete this email: nothing has changed.\n",
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
    public required string NameInvalid { get; init; }
    public required string NameReserved { get; init; }
    public required string NameTaken { get; init; }
    public required string AlreadyRegisteredSubject { get; init; }
    public required string AlreadyRegisteredBody { get; init; }
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
