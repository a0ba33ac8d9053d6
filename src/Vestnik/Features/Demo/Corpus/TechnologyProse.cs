namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for technology articles.</summary>
internal static class TechnologyProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "Специалисты советуют не делать поспешных выводов, пока не опубликованы подробности {topic}.",
            "Компании {place} внимательно следят за развитием событий.",
            "Эксперты обращают внимание, что история {topic} упирается не столько в технологии, сколько в деньги и доверие.",
            "В профильных телеграм-каналах историю {topic} обсуждают очень активно.",
            "Тема {topic} быстро вышла за пределы профессиональных сообществ.",
            "Представители {body} обещают рассказать подробности в ближайшее время.",
            "Для отрасли это важный сигнал.",
            "Для многих компаний история {topic} стала поводом пересмотреть собственные планы.",
            "Эксперты советуют оценивать историю {topic} трезво, без лишнего оптимизма и лишней паники.",
            "Участники рынка отмечают, что технологии развиваются быстрее, чем правила.",
        ],
        ExpertViews:
        [
            "«Технология здесь — самая простая часть. Сложнее договориться о правилах и ответственности», — считает {expert}.",
            "«Через пару лет мы будем вспоминать эти споры с улыбкой, но сейчас они совершенно необходимы», — говорит {expert}.",
            "«Главный риск — не в самой технологии, а в спешке, с которой её внедряют», — отмечает {expert}.",
            "«Российский рынок часто повторяет мировые тенденции с опозданием в год-два, но здесь мы движемся почти синхронно», — замечает {expert}.",
            "«Пользователь голосует ногами: если сервис неудобен или ненадёжен, никакие правила его не спасут», — полагает {expert}.",
        ],
        Experts:
        [
            "Денис Каширин, преподаватель Технологического института «Вектор» и консультант ИТ-компаний",
            "Ирина Бельская, основательница консалтинговой компании в сфере кибербезопасности",
            "Олег Ерёмин, независимый аналитик технологического рынка",
            "Светлана Мухина, юрист, специалист по цифровому праву",
            "Антон Левашов, технический директор облачного провайдера «Облако-9»",
        ],
        Subheads: ["Что говорят в отрасли", "Взгляд специалиста", "Оценки экспертов", "Мнение со стороны"],
        Outlooks:
        [
            "«Вестник» будет следить за развитием истории {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Последствия {topic} станут понятнее в ближайшие месяцы.",
            "Как будут развиваться события {place}, станет ясно в ближайшее время.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "Industry insiders note that technology is moving faster than regulation.",
            "Companies {place} are following developments closely.",
            "Experts say the story of {topic} is less about technology than about money and trust.",
            "Interest in {topic} has grown noticeably in recent weeks.",
            "Specialists advise a sober view of {topic}, without excessive optimism or panic.",
        ],
        ExpertViews:
        [
            "“The technology is the easy part. Agreeing on rules and responsibility is harder,” said {expert}.",
            "“The main risk is not the technology itself but the haste with which it is being deployed,” said {expert}.",
            "“Users vote with their feet: if a service is inconvenient or unreliable, no rules will save it,” said {expert}.",
        ],
        Experts:
        [
            "Denis Kashirin, a lecturer at the Vektor Institute of Technology and consultant to IT companies",
            "Irina Belskaya, founder of a cybersecurity consultancy",
            "Svetlana Mukhina, a lawyer specialising in digital law",
        ],
        Subheads: ["What the industry says", "A specialist's view"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "The consequences of {topic} should become clearer in the coming months.",
            "Vestnik will report further details of {topic} as they emerge.",
        ]);
}
