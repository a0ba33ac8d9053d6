namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for politics articles.</summary>
internal static class PoliticsProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "Политологи отмечают, что тема {topic} может стать заметной в ходе ближайшей избирательной кампании.",
            "Обсуждение {topic} показало, что единой позиции нет даже среди сторонников власти.",
            "Юристы обращают внимание, что формулировки документов оставляют простор для толкования.",
            "{place} похожие инициативы обсуждались и раньше, но до реализации дело тогда не дошло.",
            "Критики {topic} требуют большей открытости.",
            "Сторонники {topic} уверены, что откладывать решение дальше было бы дороже.",
            "В регионах за историей {topic} следят с интересом.",
            "Избиратели {place} пока относятся к теме {topic} скорее с любопытством, чем с тревогой.",
            "Представители {body} подчёркивают, что обсуждение {topic} велось открыто.",
            "В телеграм-каналах обсуждение {topic} стало одной из главных тем недели.",
            "Интерес к теме {topic} заметно вырос за последние недели.",
            "Эксперты напоминают, что решения такого масштаба редко обходятся без корректировок по ходу работы.",
            "Собеседники «Вестника» {place} говорят, что давно ждали подобного развития событий.",
        ],
        ExpertViews:
        [
            "«Это история скорее хозяйственная, чем политическая, но политические последствия у неё обязательно будут», — считает {expert}.",
            "«Вокруг {topic} много эмоций, но если посмотреть на цифры, сюрпризов здесь немного», — говорит {expert}.",
            "«Самое сложное начнётся не сейчас, а при исполнении: именно там такие проекты обычно и буксуют», — полагает {expert}.",
            "«Избиратели оценят не заявления, а результат, который увидят через год-два», — замечает {expert}.",
            "«Главный риск — в сроках. Обещания, привязанные к конкретной дате, выполняются у нас редко», — отмечает {expert}.",
            "«Такие истории хорошо показывают, насколько власть готова объяснять свои решения людям», — рассуждает {expert}.",
        ],
        Experts:
        [
            "политолог Маргарита Званцева, доцент Института региональной политики",
            "Аркадий Мельчаков, руководитель Центра муниципальных исследований",
            "Елизавета Гринёва, партнёр консалтинговой компании «Полис-Аналитика»",
            "Роман Туманцев, политолог и автор телеграм-канала о региональной политике",
            "Станислав Оршанский, бывший депутат областного законодательного собрания",
        ],
        Subheads: ["Оценки политологов", "Политический контекст", "Мнение эксперта", "Взгляд со стороны"],
        Outlooks:
        [
            "Редакция продолжит следить за тем, что происходит {place}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Ближайшие месяцы покажут, насколько оправданы нынешние ожидания вокруг {topic}.",
            "«Вестник» будет следить за развитием истории {topic}.",
            "Точку в истории {topic} ставить рано.",
            "Как будут развиваться события {place}, станет ясно в ближайшее время.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "Political scientists say {topic} could become a campaign issue at the next election.",
            "Critics of {topic} are calling for more transparency.",
            "Supporters of {topic} argue that further delay would only have raised the cost.",
            "Lawyers point out that the wording leaves room for interpretation.",
            "Interest in {topic} has grown noticeably in recent weeks.",
            "Regional governments are watching {topic} with interest.",
        ],
        ExpertViews:
        [
            "“This is more of an economic story than a political one, but it will certainly have political consequences,” said {expert}.",
            "“Voters will judge not the statements but what they see a year or two from now,” said {expert}.",
            "“The hard part starts with implementation. That is where projects like this usually stall,” said {expert}.",
        ],
        Experts:
        [
            "Margarita Zvantseva, a political scientist at the Institute for Regional Policy",
            "Arkady Melchakov, head of the Centre for Municipal Studies",
            "Yelizaveta Grinyova, a partner at the consultancy Polis Analytics",
        ],
        Subheads: ["What analysts say", "The political context"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "The coming months will show whether the current expectations around {topic} are justified.",
            "It is too early to draw a line under {topic}.",
        ]);
}
