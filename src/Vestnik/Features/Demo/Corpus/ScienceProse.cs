namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for science articles.</summary>
internal static class ScienceProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "Коллеги встретили новость о работе {body} с интересом.",
            "История {topic} хорошо показывает, как много в науке зависит от терпения.",
            "За историей {topic} следят и зарубежные коллеги.",
            "Интерес к теме {topic} заметно вырос за последние недели.",
            "Специалисты обращают внимание, что за подобными результатами обычно стоят годы незаметной работы.",
            "Учёные надеются, что история {topic} привлечёт к их работе больше внимания и молодых специалистов.",
            "О работе {body} уже рассказали несколько научно-популярных изданий.",
            "В профильных сообществах историю {topic} обсуждают уже несколько дней.",
            "Популяризаторы науки называют историю {topic} одной из самых интересных научных новостей последнего времени.",
        ],
        ExpertViews:
        [
            "«Это хорошая, аккуратная работа. Громких заявлений в ней нет, и это как раз вызывает доверие», — считает {expert}.",
            "«Такие проекты окупаются не сразу, но без них через десять лет нам не на что будет опереться», — говорит {expert}.",
            "«Самое интересное начнётся, когда данных станет больше. Пока мы видим только первые контуры», — замечает {expert}.",
            "«История {topic} показывает, что у нас по-прежнему сильные исследовательские школы», — полагает {expert}.",
            "«Хорошо, что о таких работах пишут не только профильные журналы. Науке нужен разговор с обществом», — отмечает {expert}.",
        ],
        Experts:
        [
            "Юлия Заречная, историк науки и научный редактор издательства «Эврика»",
            "Игорь Ланской, член экспертного совета фонда поддержки научных исследований",
            "Марат Хабибуллин, руководитель программ научного фонда «Горизонт»",
            "Ольга Преображенская, научный журналист и популяризатор науки",
            "Вадим Стрельцов, профессор и член редколлегии научного журнала",
        ],
        Subheads: ["Мнение учёных", "Взгляд коллег", "Оценки специалистов", "Что говорят исследователи"],
        Outlooks:
        [
            "«Вестник» будет следить за развитием истории {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Новые подробности истории {topic} «Вестник» расскажет, когда они появятся.",
            "Следующих новостей о работе {body}, судя по всему, ждать недолго.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "Colleagues have greeted the work of {body} with interest.",
            "Popular science blogs have already discussed {topic} at length.",
            "Specialists point out that results like this usually rest on years of unglamorous work.",
            "Interest in {topic} has grown noticeably in recent weeks.",
            "Scientists hope that {topic} will draw more attention, and more young people, to their field.",
        ],
        ExpertViews:
        [
            "“This is careful, solid work. It makes no grand claims, and that is exactly what makes it credible,” said {expert}.",
            "“Projects like this do not pay off immediately, but without them we will have nothing to build on in ten years,” said {expert}.",
            "“The most interesting part will come when there is more data. For now we only see the outline,” said {expert}.",
        ],
        Experts:
        [
            "Yulia Zarechnaya, a historian of science and science editor at the Evrika publishing house",
            "Olga Preobrazhenskaya, a science journalist",
            "Marat Khabibullin, who runs programmes at the Gorizont science foundation",
        ],
        Subheads: ["What scientists say", "A colleague's view"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "It is too early to draw a line under {topic}.",
            "Vestnik will report further details of {topic} as they emerge.",
        ]);
}
