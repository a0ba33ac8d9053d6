using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Comments;

/// <summary>Interface strings of the comments, in both languages; a missing translation does not compile.</summary>
public sealed record CommentsText
{
    public static readonly CommentsText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Comment = "Комментарий",
        Send = "Отправить",
        Reply = "Ответить",
        Edit = "Изменить",
        Save = "Сохранить",
        Delete = "Удалить",
        Like = "Нравится",
        Report = "Пожаловаться",
        ReportReason = "Причина жалобы",
        Edited = "изменён",
        Deleted = "Комментарий удалён.",
        AwaitingModeration = "Ждёт проверки модератором: другие читатели пока его не видят.",
        PendingQueue = "Комментарии на модерации",
        InReplyTo = "в ответ",
        ShowMore = "Показать ещё",
        Permalink = "Ссылка",
        SortOldest = "Сначала старые",
        SortNewest = "Сначала новые",
        SortLiked = "Популярные",
        Sort = "Порядок",
        NoComments = "Комментариев пока нет. Будьте первым.",
        YourName = "Ваше имя",
        SignInPrompt = "Чтобы оставить комментарий, войдите или зарегистрируйтесь.",
        SignIn = "Войти",
        Register = "Зарегистрироваться",
        ClosedNotice = "Обсуждение закрыто.",
        Honeypot = "Не заполняйте это поле",
        TooShort = "Комментарий слишком короткий: нужно хотя бы 2 символа.",
        ArticleMissing = "Статья не найдена или снята с публикации: комментировать её нельзя.",
        Closed = "Комментарии к этой статье закрыты.",
        Banned = "Вам запрещено оставлять комментарии.",
        CannotReply = "На этот комментарий нельзя ответить: он удалён или относится к другой статье.",
        Duplicate = "Такой же комментарий уже был опубликован недавно.",
        BannedWords = "Комментарий содержит запрещённые слова.",
        SignInToComment = "Войдите, чтобы оставить комментарий.",
        ConfirmEmailFirst = "Подтвердите адрес электронной почты по ссылке из письма, чтобы комментировать.",
        NameRequired = "Укажите имя от 2 до 50 символов.",
        NameReserved = "Это имя похоже на имя редакции. Выберите другое.",
        NotPosted = "Комментарий не опубликован",
        BackToArticle = "Вернуться к статье",
        Posted = "Комментарий опубликован.",
        Held = "Спасибо! Комментарий появится после проверки модератором.",
        EditTitle = "Изменить комментарий",
        EditExpired = "Изменить комментарий можно только в первые 10 минут.",
        ReportThanks = "Спасибо, модераторы посмотрят.",
        ReportReasonRequired = "Опишите причину жалобы (до 480 символов).",
        ReportReasonSpam = "Спам или реклама",
        ReportReasonAbuse = "Оскорбления",
        ReportReasonOffTopic = "Не по теме",
        ReportReasonMisinformation = "Ложная информация",
        ReportReasonOther = "Другое",
        ReportDetails = "Подробности (обязательно для «Другое»)",
        ReportOtherDetailsRequired = "Для причины «Другое» опишите, что не так (до 480 символов).",
        DeleteTitle = "Удалить комментарий?",
        DeleteWarning = "Комментарий исчезнет со страницы, на его месте останется пометка «Комментарий удалён». Отменить это нельзя.",
        DeleteConfirm = "Да, удалить",
        Cancel = "Отмена",
        Removed = "Комментарий удалён.",
        Overloaded = "Сервер сейчас перегружен, комментарий не сохранён. Отправьте его ещё раз через несколько секунд.",
    };

    public static readonly CommentsText En = new()
    {
        Language = ContentLanguage.En,
        Comment = "Comment",
        Send = "Post",
        Reply = "Reply",
        Edit = "Edit",
        Save = "Save",
        Delete = "Delete",
        Like = "Like",
        Report = "Report",
        ReportReason = "Reason",
        Edited = "edited",
        Deleted = "Comment deleted.",
        AwaitingModeration = "Waiting for a moderator: other readers do not see it yet.",
        PendingQueue = "Comments awaiting moderation",
        InReplyTo = "in reply to",
        ShowMore = "Show more",
        Permalink = "Link",
        SortOldest = "Oldest first",
        SortNewest = "Newest first",
        SortLiked = "Most liked",
        Sort = "Order",
        NoComments = "No comments yet. Be the first.",
        YourName = "Your name",
        SignInPrompt = "Sign in or register to comment.",
        SignIn = "Sign in",
        Register = "Register",
        ClosedNotice = "Comments are closed.",
        Honeypot = "Leave this field empty",
        TooShort = "The comment is too short: at least 2 characters.",
        ArticleMissing = "The article does not exist or was unpublished: it cannot be commented on.",
        Closed = "Comments on this article are closed.",
        Banned = "You are not allowed to comment.",
        CannotReply = "This comment cannot be answered: it was deleted or belongs to another article.",
        Duplicate = "The same comment was posted a moment ago.",
        BannedWords = "The comment contains banned words.",
        SignInToComment = "Sign in to comment.",
        ConfirmEmailFirst = "Confirm your email address with the link we sent you before commenting.",
        NameRequired = "Enter a name of 2 to 50 characters.",
        NameReserved = "This name looks like the newsroom's. Please choose another.",
        NotPosted = "The comment was not posted",
        BackToArticle = "Back to the article",
        Posted = "Your comment is published.",
        Held = "Thank you! Your comment will appear after a moderator checks it.",
        EditTitle = "Edit comment",
        EditExpired = "A comment can be edited only in its first 10 minutes.",
        ReportThanks = "Thank you, moderators will take a look.",
        ReportReasonRequired = "Say why you report it (up to 480 characters).",
        ReportReasonSpam = "Spam or advertising",
        ReportReasonAbuse = "Abuse",
        ReportReasonOffTopic = "Off-topic",
        ReportReasonMisinformation = "Misinformation",
        ReportReasonOther = "Other",
        ReportDetails = "Details (required for \"Other\")",
        ReportOtherDetailsRequired = "For \"Other\", say what is wrong (up to 480 characters).",
        DeleteTitle = "Delete this comment?",
        DeleteWarning = "The comment leaves the page and a \"Comment deleted\" note takes its place. This cannot be undone.",
        DeleteConfirm = "Yes, delete",
        Cancel = "Cancel",
        Removed = "Your comment is deleted.",
        Overloaded = "The server is overloaded and the comment was not saved. Please send it again in a few seconds.",
    };

    public required ContentLanguage Language { get; init; }
    public required string Comment { get; init; }
    public required string Send { get; init; }
    public required string Reply { get; init; }
    public required string Edit { get; init; }
    public required string Save { get; init; }
    public required string Delete { get; init; }
    public required string Like { get; init; }
    public required string Report { get; init; }
    public required string ReportReason { get; init; }
    public required string Edited { get; init; }
    public required string Deleted { get; init; }
    public required string AwaitingModeration { get; init; }
    /// <summary>The System page's line for the moderation queue.</summary>
    public required string PendingQueue { get; init; }
    public required string InReplyTo { get; init; }
    public required string ShowMore { get; init; }
    public required string Permalink { get; init; }
    public required string SortOldest { get; init; }
    public required string SortNewest { get; init; }
    public required string SortLiked { get; init; }
    public required string Sort { get; init; }
    public required string NoComments { get; init; }
    public required string YourName { get; init; }
    public required string SignInPrompt { get; init; }
    public required string SignIn { get; init; }
    public required string Register { get; init; }
    public required string ClosedNotice { get; init; }
    public required string Honeypot { get; init; }
    public required string TooShort { get; init; }
    public required string ArticleMissing { get; init; }
    public required string Closed { get; init; }
    public required string Banned { get; init; }
    public required string CannotReply { get; init; }
    public required string Duplicate { get; init; }
    public required string BannedWords { get; init; }
    public required string SignInToComment { get; init; }
    public required string ConfirmEmailFirst { get; init; }
    public required string NameRequired { get; init; }
    public required string NameReserved { get; init; }
    public required string NotPosted { get; init; }
    public required string BackToArticle { get; init; }
    public required string Posted { get; init; }
    public required string Held { get; init; }
    public required string EditTitle { get; init; }
    public required string EditExpired { get; init; }
    public required string ReportThanks { get; init; }
    public required string ReportReasonRequired { get; init; }
    public required string Overloaded { get; init; }
    public required string ReportReasonSpam { get; init; }
    public required string ReportReasonAbuse { get; init; }
    public required string ReportReasonOffTopic { get; init; }
    public required string ReportReasonMisinformation { get; init; }
    public required string ReportReasonOther { get; init; }
    public required string ReportDetails { get; init; }
    public required string ReportOtherDetailsRequired { get; init; }
    public required string DeleteTitle { get; init; }
    public required string DeleteWarning { get; init; }
    public required string DeleteConfirm { get; init; }
    public required string Cancel { get; init; }
    public required string Removed { get; init; }

    public static CommentsText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string TooLong(int length) => Language == ContentLanguage.En
        ? $"The comment is too long: {length} characters, at most {Model.Comment.MaxLength}."
        : $"Комментарий слишком длинный: {RussianPlural.Format(length, "символ", "символа", "символов")}, можно не больше {Model.Comment.MaxLength}.";

    public string TooFast(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return Language == ContentLanguage.En
            ? $"You are posting too often. Please try again in {seconds} s."
            : $"Вы отправляете комментарии слишком часто. Попробуйте через {RussianPlural.Format(seconds, "секунду", "секунды", "секунд")}.";
    }
}
