namespace Vestnik.Features.Comments.Spam;

/// <summary>
/// A small hand-written starting set, so the classifier has an opinion on the first day. Moderators' verdicts
/// outweigh it within weeks; it is trained once into an empty database.
/// </summary>
public static class SeedCorpus
{
    public static readonly IReadOnlyList<string> Spam =
    [
        "Заработок в интернете от 5000 рублей в день без вложений! Пишите в телеграм https://t.me/easy_money_now",
        "Быстрые займы онлайн без проверки кредитной истории, одобрение за 5 минут: http://zaim-bystro.example",
        "Лучшее казино онлайн, бонус 200% на первый депозит, переходи по ссылке www.casino-bonus.example",
        "КУПИТЬ ДИПЛОМ НЕДОРОГО, ДОСТАВКА ПО ВСЕЙ РОССИИ, ЗВОНИТЕ!!!",
        "Ставки на спорт с гарантией выигрыша, договорные матчи, пишите в личку",
        "Похудение на 10 кг за неделю без диет, уникальное средство, закажите сейчас со скидкой 70%",
        "Продвижение сайтов в топ поисковиков, накрутка подписчиков и лайков недорого http://seo-top.example",
        "Криптовалюта растёт! Вложи 1000 получи 10000 за неделю, инвестиции без риска https://crypto-x10.example",
        "Работа на дому, пассивный доход, всего 2 часа в день, регистрируйтесь по ссылке в профиле",
        "Viagra cialis cheap pills online without prescription, fast worldwide delivery http://pills.example",
        "Make money fast from home!!! Earn $5000 per week, click here https://easy-cash.example",
        "Best online casino, free spins and 200% bonus on first deposit www.spins.example",
        "Buy followers and likes cheap, boost your account today http://followers.example",
        "Hot singles in your area want to meet you tonight, click the link https://dating.example",
        "Crypto investment opportunity, guaranteed 10x returns, message me on telegram",
        "Get a loan today with no credit check, instant approval http://loans.example",
        "Скидки до 90% на брендовые сумки и часы реплики, интернет-магазин www.replica.example",
        "Приворот, снятие порчи, гадание онлайн, опытная гадалка поможет, звоните",
        "Бесплатные ставки и фрибеты для новых игроков, промокод BONUS2026 https://bet.example",
        "Кредит наличными за 15 минут, без справок и поручителей http://credit.example",
        "Раскрутка канала в телеграм, живые подписчики, гарантия результата, пишите",
        "SEO backlinks package, 1000 high DA links cheap, rank first on google http://links.example",
        "Заходите на мой сайт, там много интересного и скидки http://shop.example http://shop2.example",
        "Earn bitcoin daily with our trading bot, join now https://bot.example",
    ];

    public static readonly IReadOnlyList<string> Ham =
    [
        "Спасибо за подробный материал, наконец-то понятно, что произошло на самом деле.",
        "Не согласен с выводами автора: цифры за прошлый год говорят об обратном.",
        "Интересно, как это решение скажется на ценах в регионах.",
        "Хорошо, что редакция дала ссылку на первоисточник, прочитал оригинал.",
        "Автор забыл упомянуть, что похожий закон уже принимали в 2019 году.",
        "В нашем городе ситуация такая же, автобусы ходят раз в час.",
        "Отличный репортаж, жду продолжения истории.",
        "Мне кажется, в заголовке ошибка: речь ведь о прошлом месяце.",
        "Очень грустная новость, соболезнования родным.",
        "А есть ли официальный комментарий министерства по этому поводу?",
        "Полностью поддерживаю, давно пора было это сделать.",
        "Странно, что об этом почти никто не пишет.",
        "Thanks for the clear explanation, the chart helps a lot.",
        "I disagree with the conclusion; the survey sample seems too small.",
        "Does anyone know when the new rules take effect?",
        "Great reporting, please follow up on this story.",
        "The same thing happened in our town last winter.",
        "Small correction: the bridge was opened in 1998, not 1989.",
        "Я живу рядом и могу подтвердить, пробки там каждый день.",
        "Интересно было бы почитать мнение экономистов об этом.",
        "Посмотрите отчёт на сайте статистики, там другие данные.",
        "Учителям действительно нужно поднять зарплаты, согласна с автором.",
        "This is an important story and deserves more attention.",
        "Хочется верить, что виновных найдут и накажут.",
        "Вот полный текст постановления: https://publication.pravo.gov.ru/document/0001202611280001",
        "Оригинал интервью есть на сайте издания https://www.kommersant.ru/doc/7000000, там подробнее.",
        "Source for the figures: https://www.ons.gov.uk/economy/inflationandpriceindices",
        "Есть видео с места событий, выложили очевидцы: https://vk.com/video-1_456239017",
        "The court ruling is public, see https://www.supremecourt.gov/opinions/ for the full text.",
    ];
}
