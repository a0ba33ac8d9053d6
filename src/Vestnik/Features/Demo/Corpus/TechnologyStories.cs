namespace Vestnik.Features.Demo.Corpus;

/// <summary>The technology desk: AI and its regulation, telecoms, security, startups.</summary>
internal static class TechnologyStories
{
    public static Desk Desk => new(new DemoSection("technology", "Технологии", "Technology"), Stories, TechnologyProse.Ru, TechnologyProse.En);

    private static readonly Story[] Stories =
    [
        new("mobile-internet-outage", Labels.Breaking, [Staff.Sokolovsky], [Tags.Telecoms, Tags.Cybersecurity, Tags.Regions])
        {
            Ru = new(
                Title: "Массовый сбой мобильного интернета затронул абонентов в 12 регионах",
                Dek: "Проблемы со связью продолжались около четырёх часов: оператор объясняет сбой ошибкой при обновлении оборудования и отвергает версию о кибератаке.",
                Caption: "Базовая станция сотовой связи на крыше жилого дома",
                Lead: "Абоненты оператора «Телесеть» в двенадцати регионах утром остались без мобильного интернета. Сбой продолжался около четырёх часов; к середине дня, по данным компании, работа сети была полностью восстановлена.",
                Paragraphs:
                [
                    "Первые жалобы на сервисах мониторинга появились около восьми утра по московскому времени. Пользователи сообщали, что звонки проходят, но передача данных не работает, а в ряде случаев телефоны и вовсе теряли сеть.",
                    "Больше всего пострадали Поволжье и Урал. В нескольких городах перестали работать платёжные терминалы в магазинах и на транспорте, которые используют мобильную связь, а одна из служб такси в Самаре временно перешла на приём заказов по телефону.",
                    "В «Телесети» объяснили сбой ошибкой при плановом обновлении программного обеспечения на ядре сети. Изменение откатили, после чего сервисы начали восстанавливаться по очереди, регион за регионом.",
                    "Версию о кибератаке в компании отвергают. Независимые специалисты по сетевой безопасности, опрошенные «Вестником», тоже не видят признаков внешнего вмешательства: характер сбоя, по их словам, типичен для неудачного обновления.",
                    "Оператор пообещал компенсировать абонентам пострадавших регионов стоимость суток обслуживания. Отраслевой регулятор, по данным «Вестника», запросил у компании подробный отчёт о причинах инцидента.",
                    "Это уже второй крупный сбой у оператора за год. Весной проблемы с передачей данных затронули абонентов в Сибири, но тогда они продолжались меньше часа.",
                ],
                Quote: new("Мы приносим извинения всем, кого затронул сбой. Сейчас мы разбираемся, почему механизмы проверки обновления не сработали, и изменим процедуры, чтобы это не повторилось", "говорится в заявлении технического директора «Телесети» Артёма Зорина"),
                Slots: new("в Поволжье и на Урале", "оператора", "сбоя связи")),
        },
        new("ai-law-draft", Labels.Exclusive, [Staff.Sokolovsky], [Tags.ArtificialIntelligence, Tags.Regulation, Tags.Duma])
        {
            Ru = new(
                Title: "Разработчиков ИИ обяжут маркировать сгенерированный контент и хранить журналы запросов",
                Dek: "«Вестник» ознакомился с проектом закона о регулировании искусственного интеллекта: документ вводит классы риска, обязательную маркировку и ответственность за ущерб от решений алгоритмов.",
                Caption: "Серверная стойка в дата-центре",
                Lead: "Рабочая группа при профильном комитете Госдумы подготовила проект рамочного закона о регулировании искусственного интеллекта. Копия документа есть в распоряжении «Вестника». Законопроект может быть внесён в парламент в весеннюю сессию.",
                Paragraphs:
                [
                    "Документ делит системы ИИ на три класса риска. К высокому отнесены алгоритмы, которые используются в медицине, на транспорте, при найме сотрудников и оценке кредитоспособности. Для них вводятся обязательная сертификация и требование объяснять решения по запросу человека, которого они касаются.",
                    "Для всех генеративных сервисов — от чат-ботов до генераторов изображений — предлагается обязательная маркировка созданного контента. Изображения и видео должны содержать машиночитаемую метку, а тексты в публичных сервисах — уведомление о том, что их написал алгоритм.",
                    "Самое спорное положение касается хранения данных. Разработчиков обяжут хранить журналы запросов пользователей в течение года и предоставлять их по запросу уполномоченных органов. Представители отрасли, с которыми поговорил «Вестник», называют это требование избыточным и дорогим.",
                    "Отдельная глава посвящена ответственности. Если решение алгоритма причинило ущерб, отвечать будет оператор системы, то есть компания, которая её использует, а не разработчик модели. Исключение сделано для случаев, когда ущерб вызван скрытым дефектом самой модели.",
                    "Для малого бизнеса и научных организаций предусмотрен «регуляторный песочный режим»: в течение трёх лет они смогут тестировать системы высокого риска по упрощённым правилам.",
                ],
                Quote: new("Мы старались не запрещать, а расставить ответственность. Пользователь должен понимать, когда с ним говорит машина, а компания — что за ошибки алгоритма отвечает она", "сказал «Вестнику» один из участников рабочей группы"),
                Slots: new("в отрасли", "рабочей группы", "закона об ИИ"))
            {
                Figures = ["3 класса риска для систем ИИ", "1 год — срок хранения журналов запросов", "3 года — срок действия «песочного» режима"],
            },
            En = new(
                Title: "Russian draft law would make AI developers label generated content and keep query logs",
                Dek: "Vestnik has seen a draft framework law on artificial intelligence that introduces risk classes, mandatory labelling and liability for harm caused by algorithmic decisions.",
                Caption: "A server rack in a data centre",
                Lead: "A working group attached to the relevant State Duma committee has drafted a framework law regulating artificial intelligence. Vestnik has seen a copy of the document, which could be submitted to parliament in the spring session.",
                Paragraphs:
                [
                    "The draft sorts AI systems into three risk classes. The high-risk class covers algorithms used in medicine, transport, hiring and credit scoring. These would need certification and would have to explain their decisions on request to the person affected.",
                    "All generative services, from chatbots to image generators, would have to label what they produce. Images and video would carry a machine-readable mark, and texts in public services a notice that they were written by an algorithm.",
                    "The most controversial provision concerns data retention. Developers would have to keep logs of user queries for a year and hand them over at the request of the authorised bodies. Industry representatives who spoke to Vestnik called the requirement excessive and expensive.",
                    "A separate chapter deals with liability. If an algorithm's decision causes harm, the operator of the system, meaning the company that uses it, would be responsible rather than the developer of the model. An exception is made where the harm results from a hidden defect in the model itself.",
                    "Small businesses and research institutions would get a “regulatory sandbox”: for three years they could test high-risk systems under simplified rules.",
                ],
                Quote: new("We tried not to ban things but to assign responsibility. Users should know when they are talking to a machine, and companies should know that they answer for an algorithm's mistakes", "a member of the working group told Vestnik"),
                Slots: new("in the industry", "the working group", "the AI law"))
            {
                Figures = ["3 risk classes for AI systems", "1 year: how long query logs must be kept", "3 years: the length of the sandbox regime"],
            },
        },
        new("data-centre-moratoriums", null, [Staff.Sokolovsky], [Tags.ArtificialIntelligence, Tags.UnitedStates, Tags.Climate])
        {
            Source = new(ForeignPress.NewYorkTimes, "Counties Push Back on Data Centers, Pausing New Permits", "/technology/data-centers-moratorium-counties.html"),
            Ru = new(
                Title: "Американские округа вводят мораторий на строительство новых дата-центров",
                Dek: "Газета пишет, что местные власти в нескольких штатах приостанавливают выдачу разрешений: жители жалуются на шум, рост тарифов на электричество и нагрузку на водные ресурсы.",
                Caption: "Строящийся дата-центр в пригороде",
                Lead: "Власти как минимум шести округов в США ввели временный запрет на выдачу разрешений на строительство новых дата-центров, пишет The New York Times. Поводом стали жалобы жителей и опасения, что энергосистема не справится с растущей нагрузкой.",
                Paragraphs:
                [
                    "Бум искусственного интеллекта резко увеличил спрос на вычислительные мощности. Технологические компании строят всё более крупные центры обработки данных, и каждый из них потребляет столько же электроэнергии, сколько небольшой город.",
                    "Для местных бюджетов такие объекты привлекательны: они платят значительные налоги на имущество, почти не требуя расходов на школы и дороги. Но рабочих мест создают немного — после завершения стройки в крупном дата-центре работают несколько десятков человек.",
                    "Жители жалуются на постоянный гул систем охлаждения и на рост тарифов: энергокомпании перекладывают часть затрат на модернизацию сетей на всех потребителей. В засушливых районах добавляется вопрос воды, которая используется для охлаждения.",
                    "Сами технологические компании говорят, что готовы идти навстречу: одни обещают использовать системы охлаждения, почти не расходующие воду, другие — строить собственные солнечные электростанции и аккумуляторные хранилища рядом с дата-центрами.",
                    "Мораторий в большинстве случаев введён на срок от шести месяцев до года. За это время округа собираются разработать правила зонирования, которые определят, где и на каких условиях можно строить такие объекты.",
                    "Технологические компании, по данным газеты, отвечают переносом проектов в соседние округа и штаты, где правила мягче, и обещают вкладываться в собственные источники энергии.",
                    "В нескольких штатах законодатели уже обсуждают общие правила, которые избавили бы округа от необходимости решать вопрос поодиночке, — например, обязательные требования к энергоэффективности и шумоизоляции.",
                ],
                Quote: new("Никто не против налогов, которые платят эти компании. Но мы не хотим, чтобы наш округ превратился в одну большую серверную", "цитирует газета члена совета одного из округов в Вирджинии"),
                Slots: new("в американских округах", "местных властей", "моратория на дата-центры")),
        },
        new("venture-industrial-ai", Labels.Analysis, [Staff.Sokolovsky], [Tags.Startups, Tags.ArtificialIntelligence])
        {
            Ru = new(
                Title: "Куда уходят венчурные деньги: инвесторы делают ставку на промышленный ИИ",
                Dek: "Объём венчурных сделок с российскими технологическими компаниями за год почти не изменился, но деньги пошли в промышленность, а потребительские сервисы остаются без раундов.",
                Caption: "Демодень стартапов в технопарке",
                Lead: "Российский венчурный рынок в этом году не вырос, но сильно изменился. По подсчётам «Вестника», основанным на открытых данных о сделках, почти половина вложений пришлась на стартапы, которые продают решения промышленным компаниям, и прежде всего — системы на основе искусственного интеллекта.",
                Paragraphs:
                [
                    "Ещё три года назад картина была противоположной. Инвесторы охотнее всего вкладывались в потребительские сервисы: доставку, образовательные платформы, финансовые приложения. Сейчас такие компании с трудом закрывают даже небольшие раунды.",
                    "Причины понятны. Крупные промышленные компании вынуждены быстро заменять зарубежное программное обеспечение и готовы за это платить. Стартап, у которого есть контракт с металлургическим комбинатом или нефтяной компанией, выглядит для инвестора куда надёжнее, чем сервис, который борется за внимание пользователей.",
                    "Самые популярные направления — компьютерное зрение для контроля качества на производстве, предиктивное обслуживание оборудования и системы оптимизации логистики. В каждом из них за год прошло по несколько сделок на сотни миллионов рублей.",
                    "## Новые инвесторы и их риски",
                    "Изменился и состав инвесторов. Классические венчурные фонды уступают место корпоративным: промышленные холдинги сами создают фонды и покупают доли в стартапах, чьи решения собираются использовать.",
                    "У этой модели есть обратная сторона. Стартап, который работает на одного крупного заказчика, рискует превратиться в его внутренний отдел разработки. Выход на другие рынки и продажа компании стратегическому инвестору в такой ситуации становятся сложнее.",
                    "Государство тоже стало заметным участником рынка: фонды с государственным участием вкладываются в поздние раунды и помогают стартапам выйти на крупных заказчиков. Но частные инвесторы жалуются, что такие фонды нередко задают правила игры и вытесняют их из лучших сделок.",
                    "Большинство участников рынка ожидают, что тенденция сохранится и в следующем году. Главный вопрос в том, появятся ли среди промышленных стартапов компании, способные вырасти в самостоятельный бизнес с десятками клиентов.",
                ],
                Quote: new("Инвестор сегодня покупает не идею и не команду, а контракт. Если у вас нет заказчика с подписью и бюджетом, разговор заканчивается на первой встрече", "говорит Никита Барсуков, партнёр венчурного фонда «Полярная звезда»"),
                Slots: new("на венчурном рынке", "венчурных фондов", "бума промышленного ИИ"))
            {
                Figures =
                [
                    "около 50% вложений — стартапы для промышленности",
                    "втрое сократилось число сделок с потребительскими сервисами",
                    "корпоративные фонды участвовали в большинстве крупных раундов",
                ],
            },
        },
        new("ai-law-query-logs", Labels.Opinion, [Staff.Sokolovsky], [Tags.ArtificialIntelligence, Tags.Regulation, Tags.Cybersecurity, Tags.Startups])
        {
            Ru = new(
                Title: "Регулировать ИИ нужно, но не превращая разработчиков в архивариусов",
                Dek: "Требование хранить журналы запросов пользователей в течение года выглядит безобидно, но способно сделать отечественные сервисы дороже и менее безопасными, чем их конкуренты.",
                Caption: "Разработчики за работой в офисе технологической компании",
                Lead: "Проект закона об искусственном интеллекте, о котором недавно писал «Вестник», в целом выглядит разумно. Классы риска, маркировка сгенерированного контента, понятная ответственность — всё это давно просили и сами компании. Но одно требование способно перечеркнуть многие достоинства документа.",
                Paragraphs:
                [
                    "Речь о годичном хранении журналов всех запросов пользователей. Для небольшого сервиса это терабайты данных, которые нужно защищать и резервировать, а по сути — охранять как государственную тайну. Ведь в запросах к чат-боту люди пишут о здоровье, деньгах, семейных проблемах.",
                    "Каждый такой архив — привлекательная цель для злоумышленников. Чем больше данных компания обязана хранить, тем больше она рискует потерять. Утечка журналов одного популярного сервиса может оказаться куда болезненнее любой утечки паспортных данных.",
                    "Есть и экономическая сторона. Расходы на хранение и защиту лягут прежде всего на небольшие команды, у которых нет собственных дата-центров. Крупные игроки переживут новые требования, а стартапы могут просто не дойти до рынка.",
                    "Мне возразят, что без журналов невозможно расследовать злоупотребления. Но для этого не нужны тексты запросов: достаточно знать, кто, когда и к какой системе обращался, а содержание можно запрашивать по решению суда в конкретных случаях.",
                    "Решение, на мой взгляд, простое: хранить не сами запросы, а технические метаданные, и только для систем высокого риска. Этого достаточно, чтобы расследовать инциденты, и недостаточно, чтобы превратить каждый чат-бот в потенциальную утечку.",
                ],
                Quote: new("Мы готовы маркировать контент и отвечать за ошибки. Но хранить переписку миллионов людей ради гипотетической проверки — это уже не регулирование ИИ, а регулирование частной жизни", "сказал мне основатель одного из российских сервисов на основе языковых моделей"),
                Slots: new("в отрасли", "законодателей", "закона об ИИ")),
        },
        new("memory-chip-squeeze", null, [Staff.Sokolovsky], [Tags.China, Tags.Trade, Tags.ArtificialIntelligence, Tags.Telecoms])
        {
            Source = new(ForeignPress.Bloomberg, "Phone and PC Makers Brace for Price Hikes as AI Soaks Up Memory Supply", "/news/articles/phone-pc-makers-brace-for-price-hikes-as-ai-soaks-up-memory"),
            Ru = new(
                Title: "Смартфоны и ноутбуки подорожают из-за дефицита памяти, вызванного бумом ИИ",
                Dek: "Агентство пишет, что производители микросхем перенаправляют мощности на память для серверов искусственного интеллекта, и цены на обычные чипы за квартал выросли почти на треть.",
                Caption: "Производственная линия на заводе микросхем",
                Lead: "Крупнейшие производители смартфонов и ноутбуков готовятся поднять цены на новые модели из-за резкого подорожания микросхем памяти, сообщает Bloomberg. По данным агентства, контрактные цены на память для потребительской электроники за последний квартал выросли почти на треть.",
                Paragraphs:
                [
                    "Причина — бум искусственного интеллекта. Производители памяти перенаправляют мощности на выпуск высокоскоростных чипов для серверов, на которых обучаются и работают языковые модели. Такие чипы приносят в несколько раз больше прибыли, и заводы загружены ими на месяцы вперёд.",
                    "В результате на обычную оперативную и флеш-память, которая используется в телефонах и компьютерах, остаётся меньше мощностей. Запасы у сборщиков электроники, накопленные в период низких цен, по оценке агентства, закончатся к началу следующего года.",
                    "Сильнее всего подорожание ударит по бюджетному сегменту. Для дорогих смартфонов память — небольшая часть себестоимости, а в моделях дешевле двухсот долларов её доля может доходить до четверти.",
                    "Китайские производители, которые доминируют в недорогом сегменте, уже предупредили дистрибьюторов о пересмотре прайс-листов. Некоторые компании, по данным Bloomberg, рассматривают выпуск новых моделей с уменьшенным объёмом памяти вместо повышения цен.",
                    "Аналитики не ждут быстрого улучшения ситуации: новые заводы по производству памяти строятся несколько лет, и большая их часть тоже ориентирована на серверный рынок.",
                    "Для покупателей это означает, что нынешний сезон распродаж может оказаться последним, когда электронику удастся купить по привычным ценам. Аналитики советуют не откладывать покупку, если она действительно нужна.",
                ],
                Quote: new("Впервые за много лет рынок памяти разделился на два мира. Один обслуживает искусственный интеллект и получает всё, второй — обычную электронику и получает то, что осталось", "приводит Bloomberg слова аналитика тайваньской исследовательской компании"),
                Slots: new("на рынке электроники", "производителей", "дефицита памяти")),
        },
        new("clinic-ransomware", null, [Staff.Sokolovsky], [Tags.Cybersecurity, Tags.Medicine, Tags.EuropeanUnion])
        {
            Source = new(ForeignPress.Spiegel, "Cyberangriff auf Klinikverbund: Neun Krankenhäuser arbeiten eine Woche auf Papier", "/netzwelt/cyberangriff-klinikverbund-krankenhaeuser-auf-papier-a-2e8b4c7f-91d3-4f0a-8b6e-5c1d9a3e7f20"),
            Ru = new(
                Title: "Сеть больниц в Германии неделю работала на бумаге после атаки вымогателей",
                Dek: "Журнал пишет, что злоумышленники зашифровали данные пациентов в девяти клиниках Северного Рейна — Вестфалии, из-за чего переносились операции, а скорая везла больных в соседние города.",
                Caption: "Приёмное отделение больницы в Германии",
                Lead: "Девять больниц одной из крупнейших клинических сетей земли Северный Рейн — Вестфалия почти неделю работали без электронных систем после атаки программы-вымогателя, сообщает Der Spiegel. Медицинские карты, расписание операций и даже заказы в больничной аптеке велись на бумаге.",
                Paragraphs:
                [
                    "Атака началась в ночь на понедельник. Злоумышленники зашифровали серверы с данными пациентов и потребовали выкуп в криптовалюте. Руководство сети отказалось платить и обратилось в полицию и федеральное ведомство по информационной безопасности.",
                    "Последствия для пациентов были ощутимыми. Плановые операции в первые дни переносились, а бригады скорой помощи по распоряжению властей везли пациентов в клиники соседних городов. Экстренная помощь, по данным журнала, оказывалась без перебоев.",
                    "Расследование показало, что злоумышленники проникли в сеть за несколько недель до атаки через учётную запись подрядчика, который обслуживал систему бухгалтерии. Многофакторная аутентификация для таких учётных записей не использовалась.",
                    "Случай вновь поднял вопрос о защищённости медицинских учреждений. По данным, которые приводит Der Spiegel, больницы тратят на информационную безопасность в среднем меньше двух процентов ИТ-бюджета, хотя эксперты рекомендуют как минимум в несколько раз больше.",
                    "Правительство земли пообещало выделить дополнительные средства на защиту клиник, но профсоюзы медиков требуют общефедеральных стандартов, а не разовых программ.",
                    "Восстановление систем заняло больше времени, чем ожидалось: часть резервных копий хранилась в той же сети и тоже оказалась зашифрованной. В итоге специалистам пришлось восстанавливать данные из архивов, которые обновлялись раз в неделю.",
                ],
                Quote: new("Мы неделю работали так, как работали наши предшественники тридцать лет назад. Это было тяжело, но доказало, что у нас есть план на случай катастрофы", "цитирует журнал заведующую одним из отделений"),
                Slots: new("в Германии", "руководства клиник", "кибератаки на больницы")),
        },
        new("kazan-robotaxi", null, [Staff.Sokolovsky], [Tags.ArtificialIntelligence, Tags.Transport, Tags.Regions])
        {
            Ru = new(
                Title: "В Казани беспилотные такси начали возить пассажиров без инженера в салоне",
                Dek: "Сервис работает в двух районах города в дневные часы: пассажиры вызывают машину через приложение, а за поездками в реальном времени следят операторы удалённого контроля.",
                Caption: "Беспилотный автомобиль на улице Казани",
                Lead: "В Казани начал работу сервис беспилотного такси, в котором в салоне нет ни водителя, ни инженера-испытателя. Пока автомобили ездят в двух районах города в дневные часы, а вызвать их можно через приложение одного из агрегаторов.",
                Paragraphs:
                [
                    "В парке около тридцати машин. Они оснащены лидарами, радарами и камерами и, по словам разработчиков, прошли по городу более миллиона километров в режиме тестирования с инженером за рулём.",
                    "Зона работы ограничена улицами с понятной разметкой и без сложных развязок. Поездки из аэропорта и в исторический центр пока недоступны: там слишком много пешеходов и нестандартных ситуаций.",
                    "За каждой машиной в реальном времени следит оператор удалённого контроля. Если автомобиль «сомневается», например перед нерегулируемым перекрёстком с плохой видимостью, оператор может подсказать ему манёвр, но не управляет им напрямую.",
                    "Работа сервиса стала возможной благодаря экспериментальному правовому режиму, который действует в республике. Он позволяет эксплуатировать беспилотные автомобили без водителя при соблюдении требований к страхованию и удалённому контролю.",
                    "Первые пассажиры реагируют по-разному. Одни снимают поездки на видео и выкладывают их в соцсети, другие признаются, что чувствовали себя неуютно, когда машина останавливалась перед переходом без видимой причины.",
                    "Стоимость поездки пока сопоставима с обычным такси эконом-класса. Разработчики объясняют это тем, что на этапе запуска им важнее собрать отзывы пассажиров, чем заработать.",
                ],
                Quote: new("Главное, чему мы научились за время тестов: машина должна ездить не идеально, а предсказуемо. Водители вокруг должны понимать, что она сделает в следующую секунду", "рассказал «Вестнику» руководитель проекта Руслан Гайнутдинов"),
                Slots: new("в Казани", "разработчиков", "беспилотного такси")),
        },
        new("ireland-data-centre-grid", null, [Staff.Sokolovsky], [Tags.ArtificialIntelligence, Tags.Climate, Tags.Regulation])
        {
            Source = new(ForeignPress.Guardian, "Ireland tightens rules on data centres as power demand soars", "/business/ireland-data-centres-grid-rules-power-demand"),
            En = new(
                Title: "Ireland tightens grid rules as data centres' appetite for power keeps growing",
                Dek: "The newspaper reports that new data centres around Dublin will have to bring their own generation or storage, after the sector's share of national electricity use passed a fifth.",
                Caption: "A data centre campus on the outskirts of Dublin",
                Lead: "Ireland's energy regulator has tightened the rules for connecting new data centres to the national grid, The Guardian reports. Projects in the Dublin area will now have to provide on-site generation or battery storage that can cover their needs at times of peak demand.",
                Paragraphs:
                [
                    "Data centres already account for more than a fifth of the electricity consumed in Ireland, a higher share than in any other European country. The figure has roughly tripled in less than a decade as global technology companies have built their European hubs there.",
                    "The grid operator has warned repeatedly that without limits, the sector could strain supplies on cold, windless winter evenings. Under the new rules, operators must also agree to reduce their consumption when the grid asks them to.",
                    "The industry says the rules are workable but will push up costs and could divert investment to the Nordic countries, where cheap hydropower and cool weather make data centres easier to run.",
                    "Environmental groups argue that the measures do not go far enough and want a cap on the sector's total consumption. The government, which counts on the jobs and tax revenue the companies bring, has rejected that idea.",
                    "Ireland is not alone. Grid operators in the Netherlands and parts of Germany have introduced similar conditions, and the European Commission is preparing rules that would oblige large data centres to report their energy and water use every year.",
                ],
                Quote: new("We are not closing the door. We are saying that if you want to plug in a small town's worth of demand, you have to bring part of the solution with you", "the newspaper quotes an official at the energy regulator as saying"),
                Slots: new("in Ireland", "the energy regulator", "the new grid rules")),
        },
        new("app-store-workarounds", null, [Staff.Sokolovsky], [Tags.Startups, Tags.Regulation])
        {
            En = new(
                Title: "Russian app developers are learning to live without the big app stores",
                Dek: "With foreign app stores harder to reach, developers are turning to domestic catalogues, direct downloads and web apps, though payments and updates remain a headache.",
                Caption: "A developer testing a mobile app on several phones",
                Lead: "Russian mobile developers have spent the past few years adapting to a market in which the two dominant global app stores are difficult or impossible for many of them to use. A survey of developers published this autumn suggests that most have found workarounds, though few are happy with them.",
                Paragraphs:
                [
                    "Domestic app catalogues have grown quickly and now come preinstalled on many Android phones sold in Russia. For apps aimed at a mass audience, they have become the main channel for new installs.",
                    "Many companies have also invested in web applications that run in a browser and can be added to a phone's home screen. For banking and shopping services, this has turned out to be a surprisingly effective way to reach iPhone users.",
                    "Payments remain the hardest part. Subscriptions and in-app purchases that used to run through the global stores now require separate payment systems, and every extra step in the process costs developers customers.",
                    "Updates are another headache. Without automatic updates through a familiar store, users keep outdated versions for months, which forces developers to support several versions of their apps at once.",
                    "The survey also points to a quieter change: teams have become smaller and more careful with money. Fewer developers are building apps for a global audience, and more are focusing on corporate clients at home, where contracts are steadier.",
                ],
                Quote: new("We did not choose this situation, but it has made us better engineers. We now know exactly how many steps a user is willing to take before giving up", "said Alina Rustamova, product director at a Kazan-based developer of fitness apps"),
                Slots: new("in Russia", "the app catalogues", "the new distribution channels")),
        },
    ];
}
