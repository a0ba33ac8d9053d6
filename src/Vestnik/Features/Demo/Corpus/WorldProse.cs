namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for world articles.</summary>
internal static class WorldProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "За рубежом за историей {topic} следят с заметным интересом.",
            "Для других стран и городов история {topic} может стать образцом или предостережением.",
            "Аналитики напоминают, что подобные решения {place} редко принимаются быстро.",
            "Местная пресса {place} уделяет теме {topic} много внимания.",
            "Общественное мнение {place} по этому вопросу расколото.",
            "Экономический эффект {topic} эксперты оценивают по-разному.",
            "Тема {topic} уже несколько недель не сходит с первых полос местных изданий.",
            "Социологи {place} фиксируют, что отношение общества к теме {topic} постепенно меняется.",
            "Похожие инициативы обсуждались и в других странах, но не везде дошли до реализации.",
            "Интерес к теме {topic} заметно вырос за последние недели.",
            "Критики {topic} считают, что издержки недооценены.",
            "Сторонники {topic} уверены, что выгоды со временем перевесят расходы.",
            "Многое будет зависеть от того, насколько последовательно будут действовать власти {place}.",
        ],
        ExpertViews:
        [
            "«Это решение отражает скорее внутреннюю политику, чем внешнюю, и читать его нужно именно так», — считает {expert}.",
            "«Любые подобные решения хрупки, пока за ними не стоят деньги и механизмы контроля», — говорит {expert}.",
            "«Важно не то, что заявлено сейчас, а то, как это будет работать через год», — замечает {expert}.",
            "«История {topic} — хороший тест на способность договариваться», — полагает {expert}.",
            "«Соседи будут внимательно следить за результатами и, скорее всего, попытаются перенять удачные элементы», — отмечает {expert}.",
        ],
        Experts:
        [
            "Вероника Лосева, научный сотрудник Института международных исследований",
            "Кирилл Штерн, бывший дипломат и международный обозреватель",
            "Анна Брагина, руководитель международной программы аналитического центра «Меридиан»",
            "Фарид Алиев, профессор кафедры мировой политики",
            "Евгений Ладо, политолог-международник",
        ],
        Subheads: ["Оценки экспертов", "Международный контекст", "Мнение специалиста", "Взгляд со стороны"],
        Outlooks:
        [
            "Ближайшие месяцы покажут, насколько оправданы нынешние ожидания вокруг {topic}.",
            "«Вестник» будет следить за развитием истории {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Как будут развиваться события {place}, станет ясно в ближайшее время.",
            "Последствия {topic} станут понятнее в ближайшие месяцы.",
            "Точку в истории {topic} ставить рано.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "Observers abroad are following {topic} with interest.",
            "For other countries and cities, {topic} could become either a model or a warning.",
            "Local media {place} have given the story extensive coverage.",
            "Public opinion {place} is divided on the issue.",
            "Critics of {topic} argue that the costs have been underestimated.",
            "Interest in {topic} has grown noticeably in recent weeks.",
        ],
        ExpertViews:
        [
            "“What matters is not what has been announced but how it works a year from now,” said {expert}.",
            "“Others will watch the results closely and will probably copy what works,” said {expert}.",
            "“Stories like this show how much depends on whether local and national authorities pull in the same direction,” said {expert}.",
        ],
        Experts:
        [
            "Veronika Loseva, a research fellow at the Institute of International Studies",
            "Kirill Shtern, a former diplomat and commentator on international affairs",
            "Anna Bragina, who runs the international programme at the Meridian think tank",
        ],
        Subheads: ["What experts say", "The wider context"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "The coming months will show whether the current expectations around {topic} are justified.",
            "It is too early to draw a line under {topic}.",
        ]);
}
