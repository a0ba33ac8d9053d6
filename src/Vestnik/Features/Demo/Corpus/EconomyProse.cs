namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for economy articles.</summary>
internal static class EconomyProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "Собеседники «Вестника» {place} говорят, что закладывали такой сценарий в свои планы заранее.",
            "Аналитики напоминают, что эффект от {topic} обычно проявляется с задержкой в несколько месяцев.",
            "Для бизнеса {place} главный вопрос — насколько предсказуемыми останутся правила.",
            "Оценки последствий {topic} у экономистов заметно расходятся.",
            "Часть экспертов считает, что влияние {topic} на цены окажется умеренным.",
            "Инвесторы {place} пока занимают выжидательную позицию.",
            "Статистика последних месяцев даёт аргументы обеим сторонам спора.",
            "Если тенденция сохранится, последствия {topic} почувствуют и потребители.",
            "Крупные компании {place} уже пересматривают планы на следующий год.",
            "Похожая ситуация складывалась несколько лет назад, и тогда рынок адаптировался быстрее, чем ожидалось.",
            "Официальная статистика пока не даёт полной картины происходящего {place}.",
            "По оценкам отраслевых аналитиков, окончательный эффект {topic} станет ясен не раньше следующего года.",
            "Интерес к теме {topic} заметно вырос за последние недели.",
        ],
        ExpertViews:
        [
            "«Рынок уже во многом заложил это в цены, поэтому резких движений я бы не ждал», — считает {expert}.",
            "«Главный вопрос не в самом решении, а в том, насколько долго оно будет действовать», — говорит {expert}.",
            "«Для компаний сейчас важнее предсказуемость, чем конкретные цифры», — отмечает {expert}.",
            "«Если смотреть на баланс рисков, история {topic} скорее позитивная, хотя и с оговорками», — полагает {expert}.",
            "«Эффект будет заметен не сразу: в статистике мы увидим его в лучшем случае через квартал», — замечает {expert}.",
            "«Важно, чтобы решения принимались на основе данных, а не под давлением отдельных групп интересов», — подчёркивает {expert}.",
        ],
        Experts:
        [
            "Ольга Семенихина, ведущий экономист аналитического центра «Индекс»",
            "Максим Гольдин, управляющий партнёр инвестиционной компании «Тверская площадь»",
            "Дарья Кононова, старший аналитик рейтингового агентства «Кредит-Мониторинг»",
            "Павел Ветлугин, профессор Института экономической политики",
            "Алия Нуриева, руководитель направления макроанализа банка «Волжский кредит»",
        ],
        Subheads: ["Что говорят аналитики", "Взгляд рынка", "Оценки экономистов", "Мнение эксперта"],
        Outlooks:
        [
            "Последствия {topic} станут понятнее в ближайшие месяцы.",
            "Ближайшие месяцы покажут, насколько оправданы нынешние ожидания вокруг {topic}.",
            "«Вестник» будет следить за развитием истории {topic}.",
            "Эксперты советуют не спешить с выводами: многое будет зависеть от деталей {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Редакция продолжит следить за тем, что происходит {place}.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "People in the industry say they had already factored in such a scenario.",
            "Analysts note that the effect of {topic} usually shows up with a lag of several months.",
            "Economists' estimates of the impact of {topic} differ widely.",
            "Investors are taking a wait-and-see approach to {topic} for now.",
            "If the trend holds, consumers will feel the consequences of {topic} too.",
            "Large companies {place} are already revising their plans for next year.",
        ],
        ExpertViews:
        [
            "“The market has largely priced this in, so I would not expect sharp moves,” said {expert}.",
            "“For companies, predictability matters more right now than any particular number,” said {expert}.",
            "“The effect will not be immediate. We will see it in the data in a quarter at best,” said {expert}.",
        ],
        Experts:
        [
            "Olga Semenikhina, lead economist at the Index research centre",
            "Maxim Goldin, managing partner at the investment firm Tverskaya Ploshchad",
            "Aliya Nurieva, head of macro research at Volzhsky Credit bank",
        ],
        Subheads: ["What analysts say", "The market's view"],
        Outlooks:
        [
            "The consequences of {topic} should become clearer in the coming months.",
            "Vestnik will continue to follow {topic}.",
            "Experts advise against drawing conclusions too early: much will depend on the fine print of {topic}.",
        ]);
}
