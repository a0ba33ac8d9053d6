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
        AccountTitle = "Мой аккаунт",
        PublicProfile = "Моя страница, которую видят другие",
        NameSection = "Имя",
        NameChanged = "Имя изменено.",
        EmailSection = "Электронная почта",
        CurrentEmail = "Сейчас",
        NewEmail = "Новый адрес",
        ChangeEmail = "Сменить адрес",
        EmailSame = "Это и есть ваш нынешний адрес.",
        EmailChangeSent = "Мы отправили ссылку на новый адрес. Адрес сменится, когда вы откроете её.",
        EmailChangeSubject = "Подтвердите новый адрес",
        EmailChangeBody = "Здравствуйте, {0}!\n\nЧтобы получать письма сайта на этот адрес и входить с ним, откройте ссылку:\n{1}\n\nЕсли вы не просили об этом, просто удалите письмо: ничего не изменится.\n",
        EmailTakenSubject = "Попытка привязать ваш адрес к другой учётной записи",
        EmailTakenBody = "Здравствуйте!\n\nКто-то попросил сделать ваш адрес адресом другой учётной записи на сайте, но у вас с ним уже есть учётная запись, поэтому ничего не изменилось.\n\nЕсли это были вы, войдите со своим адресом:\n{0}\n",
        EmailChanged = "Адрес изменён.",
        PasswordSection = "Пароль",
        CurrentPassword = "Нынешний пароль",
        NewPassword = "Новый пароль (не короче 10 символов)",
        ChangePassword = "Сменить пароль",
        WrongPassword = "Пароль неверен.",
        PasswordChanged = "Пароль изменён.",
        NotificationsSection = "Уведомления",
        OwnCommentsSection = "Мои комментарии",
        AwaitingModeration = "ждёт проверки",
        RejectedByModerator = "отклонён модератором",
        DeleteComment = "Удалить",
        DataSection = "Мои данные",
        DownloadData = "Скачать мои данные (JSON)",
        DeleteSection = "Удаление аккаунта",
        DeleteAccount = "Удалить аккаунт",
        DeleteAccountTitle = "Удалить аккаунт?",
        DeleteAccountWarning = "Учётная запись, настройки и лайки будут удалены. Ваши комментарии исчезнут: на их месте останется «Комментарий удалён», чтобы ответы на них остались на своих местах. Отменить это нельзя.",
        ConfirmWithPassword = "Пароль, чтобы подтвердить",
        DeleteAccountConfirm = "Удалить аккаунт навсегда",
        Cancel = "Отмена",
        StaffCannotDelete = "Это учётная запись сотрудника редакции: её нельзя удалить здесь. Обратитесь к администратору.",
        AccountDeleted = "Аккаунт удалён. Спасибо, что были с нами.",
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
        AccountTitle = "My account",
        PublicProfile = "My page as others see it",
        NameSection = "Name",
        NameChanged = "Your name is changed.",
        EmailSection = "Email",
        CurrentEmail = "Now",
        NewEmail = "New address",
        ChangeEmail = "Change address",
        EmailSame = "This is already your address.",
        EmailChangeSent = "We sent a link to the new address. The address changes when you open it.",
        EmailChangeSubject = "Confirm your new address",
        EmailChangeBody = "Hello {0},\n\nTo get the site's email at this address and sign in with it, open this link:\n{1}\n\nIf you did not ask for this, just delete this email: nothing will change.\n",
        EmailTakenSubject = "Someone tried to move your address to another account",
        EmailTakenBody = "Hello,\n\nSomeone asked to use your address for another account on the site, but you already have an account with it, so nothing has changed.\n\nIf it was you, sign in with your address:\n{0}\n",
        EmailChanged = "Your address is changed.",
        PasswordSection = "Password",
        CurrentPassword = "Current password",
        NewPassword = "New password (at least 10 characters)",
        ChangePassword = "Change password",
        WrongPassword = "The password is wrong.",
        PasswordChanged = "Your password is changed.",
        NotificationsSection = "Notifications",
        OwnCommentsSection = "My comments",
        AwaitingModeration = "awaiting moderation",
        RejectedByModerator = "rejected by a moderator",
        DeleteComment = "Delete",
        DataSection = "My data",
        DownloadData = "Download my data (JSON)",
        DeleteSection = "Deleting the account",
        DeleteAccount = "Delete my account",
        DeleteAccountTitle = "Delete your account?",
        DeleteAccountWarning = "Your account, settings and likes will be deleted. Your comments will go: \"Comment deleted\" takes their place so the replies keep theirs. This cannot be undone.",
        ConfirmWithPassword = "Your password, to confirm",
        DeleteAccountConfirm = "Delete my account for good",
        Cancel = "Cancel",
        StaffCannotDelete = "This is a newsroom staff account: it cannot be deleted here. Please ask an administrator.",
        AccountDeleted = "Your account is deleted. Thank you for being with us.",
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
    public required string AccountTitle { get; init; }
    public required string PublicProfile { get; init; }
    public required string NameSection { get; init; }
    public required string NameChanged { get; init; }
    public required string EmailSection { get; init; }
    public required string CurrentEmail { get; init; }
    public required string NewEmail { get; init; }
    public required string ChangeEmail { get; init; }
    public required string EmailSame { get; init; }
    public required string EmailChangeSent { get; init; }
    public required string EmailChangeSubject { get; init; }
    public required string EmailChangeBody { get; init; }
    public required string EmailTakenSubject { get; init; }
    public required string EmailTakenBody { get; init; }
    public required string EmailChanged { get; init; }
    public required string PasswordSection { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string ChangePassword { get; init; }
    public required string WrongPassword { get; init; }
    public required string PasswordChanged { get; init; }
    public required string NotificationsSection { get; init; }
    public required string OwnCommentsSection { get; init; }
    public required string AwaitingModeration { get; init; }
    public required string RejectedByModerator { get; init; }
    public required string DeleteComment { get; init; }
    public required string DataSection { get; init; }
    public required string DownloadData { get; init; }
    public required string DeleteSection { get; init; }
    public required string DeleteAccount { get; init; }
    public required string DeleteAccountTitle { get; init; }
    public required string DeleteAccountWarning { get; init; }
    public required string ConfirmWithPassword { get; init; }
    public required string DeleteAccountConfirm { get; init; }
    public required string Cancel { get; init; }
    public required string StaffCannotDelete { get; init; }
    public required string AccountDeleted { get; init; }

    public static ReadersText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
