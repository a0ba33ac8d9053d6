namespace Vestnik.Features.Demo.Corpus;

/// <summary>Background, expert views, subheadings and closing lines for sport articles.</summary>
internal static class SportProse
{
    public static readonly SectionProse Ru = new(
        Context:
        [
            "В соцсетях болельщики продолжают обсуждать историю {topic}.",
            "Специалисты напоминают, что в спорте многое решают детали.",
            "Статистика последних лет показывает, что подобные истории редко бывают случайными.",
            "История {topic} наверняка станет одной из тем ближайших спортивных ток-шоу.",
            "Тренеры детских школ {place} следят за происходящим с особым интересом.",
            "История {topic} быстро вышла за пределы спортивных новостей.",
            "Болельщики и специалисты оценивают историю {topic} по-разному.",
            "Для многих клубов и федераций история {topic} стала поводом задуматься о собственных планах.",
        ],
        ExpertViews:
        [
            "«В спорте всё решает не один матч и не одно решение, а то, что происходит между ними», — считает {expert}.",
            "«Такие истории полезны для всего вида спорта: о нём снова говорят за пределами узкого круга», — говорит {expert}.",
            "«Главное — чтобы за громкими новостями стояла ежедневная работа с детьми и молодёжью. Без этого ни один успех не будет долгим», — замечает {expert}.",
            "«Спорт всё больше зависит не только от таланта, но и от денег, медицины и управления. Эта история — хорошее тому подтверждение», — полагает {expert}.",
            "«История {topic} показывает, что системная работа рано или поздно приносит результат», — отмечает {expert}.",
        ],
        Experts:
        [
            "Олег Брагин, спортивный аналитик и бывший футболист",
            "Алексей Вершков, бывший тренер молодёжной команды и спортивный эксперт",
            "Наталья Крылова, спортивный психолог",
            "Тимофей Загорский, спортивный комментатор",
            "Марина Голубева, тренер и эксперт по детско-юношескому спорту",
        ],
        Subheads: ["Что говорят специалисты", "Взгляд эксперта", "Оценки", "Мнение со стороны"],
        Outlooks:
        [
            "«Вестник» будет следить за развитием истории {topic}.",
            "Судя по всему, к теме {topic} придётся вернуться ещё не раз.",
            "Редакция продолжит следить за тем, что происходит {place}.",
            "О продолжении истории {topic} «Вестник» обязательно расскажет.",
        ]);

    public static readonly SectionProse En = new(
        Context:
        [
            "Supporters {place} are following {topic} closely.",
            "Specialists point out that in sport, details often decide everything.",
            "Statistics from recent years suggest that such stories are rarely accidental.",
            "Youth coaches {place} are watching with particular interest.",
            "Interest in {topic} has grown noticeably in recent weeks.",
        ],
        ExpertViews:
        [
            "“In sport, it is not one match or one decision that matters but what happens in between,” said {expert}.",
            "“Sport depends more and more not just on talent but on money, medicine and management, and this story shows it,” said {expert}.",
            "“Stories like this are good for the whole sport: people outside the usual circle start talking about it again,” said {expert}.",
        ],
        Experts:
        [
            "Oleg Bragin, a sports analyst and former footballer",
            "Alexei Vershkov, a former youth team coach and sports pundit",
            "Natalia Krylova, a sports psychologist",
        ],
        Subheads: ["What the specialists say", "Another view"],
        Outlooks:
        [
            "Vestnik will continue to follow {topic}.",
            "It is too early to draw a line under {topic}.",
            "Vestnik will report further details of {topic} as they emerge.",
        ]);
}
