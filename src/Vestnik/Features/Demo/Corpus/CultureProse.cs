namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for culture articles.</summary>
internal static class CultureProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "В профессиональной среде историю {topic} встретили по-разному.",
            "Публика, судя по отзывам в соцсетях, реагирует на происходящее живее профессионалов.",
            "Культурологи видят в истории {topic} часть более широкой тенденции.",
            "Коллеги по цеху {place} внимательно следят за судьбой {topic}.",
            "Обсуждение {topic} вышло далеко за пределы профессионального круга.",
            "Вопрос денег, как обычно, остаётся одним из самых острых.",
            "Интерес к теме {topic} заметно вырос за последние недели.",
            "История {topic} хорошо показывает, как меняется отношение публики к культуре.",
            "Представители {body} обещают подробнее рассказать о планах в ближайшее время.",
        ],
        ExpertViews:
        [
            "«Это смелое решение, и уже поэтому оно заслуживает внимания», — считает {expert}.",
            "«Культура живёт, пока в ней есть риск. Без него остаются только юбилеи и отчёты», — говорит {expert}.",
            "«Главное, чтобы за первым успехом последовала системная работа, а не только громкие анонсы», — замечает {expert}.",
            "«Публика сегодня гораздо любопытнее, чем принято думать. Ей интересно, когда с ней разговаривают на равных», — полагает {expert}.",
            "«История {topic} показывает, как сильно культурная карта страны зависит от энтузиастов», — отмечает {expert}.",
        ],
        Experts:
        [
            "Евгения Ростова, культурный обозреватель и автор подкаста о новых премьерах",
            "Марк Зильберман, культуролог и преподаватель Школы культурного менеджмента",
            "Дарья Оболенская, куратор и бывший директор регионального музея",
            "Степан Горчаков, исследователь культурной политики",
            "Анна Рябинина, критик и член жюри нескольких культурных премий",
        ],
        Subheads: ["Что говорят критики", "Мнение эксперта", "Взгляд со стороны", "Оценки"],
        Outlooks:
        [
            "«Вестник» будет следить за развитием истории {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Редакция продолжит следить за тем, что происходит {place}.",
            "Ближайшие месяцы покажут, насколько оправданы нынешние ожидания вокруг {topic}.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "The story of {topic} has drawn mixed reactions among professionals.",
            "Audiences, judging by social media, are responding more warmly than professionals.",
            "Cultural historians see {topic} as part of a wider trend.",
            "Interest in {topic} has grown noticeably in recent weeks.",
            "Money, as usual, remains one of the most pressing questions.",
        ],
        ExpertViews:
        [
            "“It is a brave decision, and that alone makes it worth attention,” said {expert}.",
            "“Audiences today are far more curious than people think. They respond when they are spoken to as equals,” said {expert}.",
            "“What matters is that the first success is followed by steady work, not just loud announcements,” said {expert}.",
        ],
        Experts:
        [
            "Yevgenia Rostova, a culture writer and host of a podcast about new premieres",
            "Mark Zilberman, a cultural historian",
            "Darya Obolenskaya, a curator and former director of a regional museum",
        ],
        Subheads: ["What the critics say", "Another view"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "The coming months will show whether the current expectations around {topic} are justified.",
            "Vestnik will report further details of {topic} as they emerge.",
        ]);
}
