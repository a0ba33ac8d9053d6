namespace Vestnik.Features.Demo.Corpus;

/// <summary>The demo newsroom's people: bylined authors and the photographers credited under lead images.</summary>
internal static class Staff
{
    public const string Arestova = "Арестова Татьяна";
    public const string Gromov = "Громов Илья";
    public const string Levina = "Левина Мария";
    public const string Sokolovsky = "Соколовский Андрей";
    public const string Kharitonova = "Харитонова Вера";
    public const string Berezhnoy = "Бережной Кирилл";
    public const string Nesterova = "Нестерова Алина";
    public const string Ryabov = "Рябов Дмитрий";

    public static readonly IReadOnlyList<DemoAuthor> Authors =
    [
        new(Arestova, "Обозреватель отдела политики. Пишет о парламенте, региональной власти и избирательных кампаниях."),
        new(Gromov, "Экономический обозреватель «Вестника». До прихода в редакцию семь лет работал аналитиком в инвестиционной компании."),
        new(Levina, "Международный обозреватель. Следит за европейской политикой, торговыми спорами и дипломатическими переговорами."),
        new(Sokolovsky, "Пишет о технологиях, связи и цифровом регулировании. Ведёт в «Вестнике» еженедельную рассылку о стартапах."),
        new(Kharitonova, "Научный корреспондент, по образованию физик. Пишет о космосе, медицине и климате."),
        new(Berezhnoy, "Спортивный обозреватель, освещал три чемпионата мира по футболу. Хоккей любит не меньше футбола."),
        new(Nesterova, "Обозреватель отдела культуры. Пишет о театре, кино и книжных новинках."),
        new(Ryabov, "Заместитель главного редактора. Отвечает за экономику и международную повестку, пишет аналитические колонки."),
    ];

    /// <summary>Lead image credits in both languages; a translation keeps the credit of its original.</summary>
    public static readonly IReadOnlyList<(string Ru, string En)> Credits =
    [
        ("Фото: Иван Петров / Вестник", "Photo: Ivan Petrov / Vestnik"),
        ("Фото: Софья Ланская / Вестник", "Photo: Sofya Lanskaya / Vestnik"),
        ("Фото: Глеб Орешкин / Вестник", "Photo: Gleb Oreshkin / Vestnik"),
        ("Фото: Эльмира Галиева / Вестник", "Photo: Elmira Galieva / Vestnik"),
        ("Иллюстрация: Вестник", "Illustration: Vestnik"),
    ];
}
