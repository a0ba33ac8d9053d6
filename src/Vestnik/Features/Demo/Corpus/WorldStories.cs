namespace Vestnik.Features.Demo.Corpus;

/// <summary>The world desk: diplomacy, Europe, the Americas, Asia; mostly retellings of the foreign press.</summary>
internal static class WorldStories
{
    public static Desk Desk => new(new DemoSection("world", "В мире", "World"), Stories, WorldProse.Ru, WorldProse.En);

    private static readonly Story[] Stories =
    [
        new("eu-budget-summit", Labels.Breaking, [Staff.Levina], [Tags.EuropeanUnion, Tags.Diplomacy, Tags.Budget])
        {
            Ru = new(
                Title: "Лидеры стран ЕС разъехались с саммита без договорённости о бюджете союза",
                Dek: "Переговоры о семилетнем бюджете Евросоюза продолжались почти сутки, но споры о расходах на сельское хозяйство и оборону снять не удалось, и следующая попытка назначена на начало года.",
                Caption: "Здание Совета Европейского союза в Брюсселе",
                Lead: "Саммит Европейского союза в Брюсселе завершился без соглашения о долгосрочном бюджете на следующие семь лет. Переговоры продолжались почти сутки, но разногласия между странами-донорами и получателями средств оказались слишком глубокими.",
                Paragraphs:
                [
                    "Камнем преткновения стали две статьи расходов. Страны юга и востока союза настаивают на сохранении сельскохозяйственных субсидий и фондов выравнивания, а так называемые «бережливые» северные государства требуют сократить их ради увеличения расходов на оборону и исследования.",
                    "Компромиссный вариант, подготовленный председательствующей страной, предусматривал бюджет на уровне около 1,1% валового национального дохода союза. Его отклонили сразу с двух сторон: одни сочли предложение слишком скромным, другие — слишком щедрым.",
                    "Отдельный спор вызвал механизм, который связывает выплаты из бюджета с соблюдением принципов правового государства. Несколько правительств дали понять, что не поддержат пакет, в котором этот механизм будет усилен.",
                    "Дипломаты, участвовавшие в переговорах, говорят, что прогресс всё же есть: стороны сблизили позиции по расходам на миграцию и по новым собственным доходам союза, включая часть поступлений от углеродного сбора на импорт.",
                    "Действующий бюджет истекает через год с небольшим, и времени на согласование остаётся всё меньше. Если договориться не удастся, союз будет вынужден перейти на временное финансирование по образцу предыдущего года.",
                    "Следующая попытка договориться намечена на начало года. До этого, по словам дипломатов, председательствующая страна проведёт серию двусторонних консультаций, чтобы понять, на какие уступки готовы пойти самые несговорчивые столицы.",
                ],
                Quote: new("Мы ближе к соглашению, чем были утром, но ещё недостаточно близко. Никто не хочет уезжать домой с плохой сделкой", "сказал журналистам один из европейских дипломатов, участвовавших в переговорах"),
                Slots: new("в Европе", "Еврокомиссии", "нового бюджета ЕС")),
        },
        new("syr-darya-water-deal", Labels.Exclusive, [Staff.Levina], [Tags.Diplomacy, Tags.Climate])
        {
            Ru = new(
                Title: "Казахстан и Узбекистан готовят соглашение о совместном управлении водой Сырдарьи",
                Dek: "Проект документа, с которым ознакомился «Вестник», предусматривает общий график попусков из водохранилищ и совместный мониторинг — впервые за три десятилетия споров о реке.",
                Caption: "Сырдарья в окрестностях Кызылорды",
                Lead: "Казахстан и Узбекистан завершают работу над межправительственным соглашением о совместном управлении водными ресурсами Сырдарьи. С проектом документа ознакомился «Вестник»; подписание, по словам двух дипломатических источников, может состояться в течение зимы.",
                Paragraphs:
                [
                    "Сырдарья — одна из двух крупнейших рек Центральной Азии. Она берёт начало в горах Киргизии, проходит через Узбекистан и Таджикистан и впадает в остатки Аральского моря на территории Казахстана. Распределение её воды десятилетиями остаётся источником напряжённости между странами региона.",
                    "Главная новация проекта — общий сезонный график попусков из водохранилищ. Летом низовьям нужна вода для полива, зимой верховья хотят сбрасывать её для выработки электроэнергии. Теперь объёмы будут согласовываться на полгода вперёд и фиксироваться в протоколах.",
                    "Кроме того, стороны договариваются о совместной сети датчиков на ключевых гидропостах. Данные о расходе воды будут в реальном времени поступать в обе столицы, что должно исключить споры о том, кто и сколько забрал.",
                    "Отдельный раздел документа посвящён чрезвычайным ситуациям — засухам и паводкам. Стороны обязуются в течение суток обмениваться прогнозами и согласовывать сбросы воды, если уровень реки выходит за пределы обычных значений.",
                    "Киргизия и Таджикистан в переговорах пока не участвуют, но, по словам собеседников «Вестника», документ составлен так, чтобы к нему можно было присоединиться позже.",
                    "Экологи приветствуют идею, но напоминают, что главная проблема региона — не распределение, а потери. По разным оценкам, до трети воды в оросительных системах теряется из-за изношенных каналов.",
                ],
                Quote: new("Впервые речь идёт не о разовых договорённостях на сезон, а о постоянном механизме. Для региона, где вода — вопрос безопасности, это очень серьёзный шаг", "сказал «Вестнику» один из дипломатов, знакомых с ходом переговоров"),
                Slots: new("в Центральной Азии", "водохозяйственных ведомств", "водного соглашения")),
        },
        new("us-mexico-truck-checks", null, [Staff.Levina], [Tags.UnitedStates, Tags.Trade, Tags.Diplomacy])
        {
            Source = new(ForeignPress.NewYorkTimes, "U.S. and Mexico Agree to Joint Truck Inspections to Ease Border Backups", "/business/us-mexico-joint-truck-inspections-border.html"),
            Ru = new(
                Title: "США и Мексика договорились ускорить досмотр грузовиков на границе",
                Dek: "Газета пишет, что стороны запустят совместные пункты предварительного досмотра, чтобы сократить многочасовые очереди, которые обходятся экономикам обеих стран в миллиарды долларов.",
                Caption: "Очередь грузовиков на пограничном переходе между Мексикой и США",
                Lead: "Власти США и Мексики договорились о создании совместных пунктов предварительного досмотра грузовиков на границе, сообщает The New York Times. Первые такие пункты должны заработать на самых загруженных переходах в Техасе в течение нескольких месяцев.",
                Paragraphs:
                [
                    "Сейчас грузовик, пересекающий границу, проходит две отдельные проверки — мексиканскую и американскую. В часы пик ожидание на крупнейших переходах растягивается на пять-шесть часов, а в периоды усиленного контроля — и на сутки.",
                    "По новой схеме таможенники обеих стран будут работать на одной площадке ещё на мексиканской стороне. Груз, прошедший совместный досмотр, получит электронную пломбу и пересечёт границу по выделенной полосе.",
                    "Мексика — крупнейший торговый партнёр США, и большая часть товарооборота между странами перевозится грузовиками. Промышленники давно жалуются, что задержки на границе сводят на нет преимущества переноса производства ближе к американскому рынку.",
                    "По данным газеты, пилотный проект на одном из переходов уже сократил среднее время ожидания почти вдвое. Теперь его планируют распространить ещё на четыре крупных пункта пропуска.",
                    "Профсоюзы американских таможенников отнеслись к идее настороженно: они опасаются, что работа на иностранной территории создаст юридические сложности для сотрудников.",
                    "Если схема приживётся, её могут распространить и на железнодорожные перевозки, на которые приходится всё большая доля грузов между странами. Переговоры об этом, по данным газеты, пока находятся на ранней стадии.",
                ],
                Quote: new("Каждый час, который фура стоит в очереди, — это деньги, которые теряют и мексиканские заводы, и американские покупатели. Мы наконец начали решать проблему, а не спорить о ней", "цитирует газета представителя торговой палаты одного из приграничных штатов"),
                Slots: new("в приграничных штатах", "таможенных служб", "совместного досмотра")),
            En = new(
                Title: "US and Mexico agree to speed up truck inspections at the border",
                Dek: "The newspaper reports that the two countries will set up joint pre-inspection sites to cut the hours-long queues that cost both economies billions of dollars a year.",
                Caption: "Lorries queue at a border crossing between Mexico and the United States",
                Lead: "The United States and Mexico have agreed to set up joint pre-inspection sites for lorries at their border, The New York Times reports. The first sites are due to open at the busiest crossings in Texas within a few months.",
                Paragraphs:
                [
                    "At present, a lorry crossing the border goes through two separate checks, one Mexican and one American. At peak times the wait at the largest crossings stretches to five or six hours, and during periods of tighter controls to a full day.",
                    "Under the new scheme, customs officers from both countries will work at a single site on the Mexican side. Cargo that passes the joint inspection will receive an electronic seal and cross the border in a dedicated lane.",
                    "Mexico is the largest trading partner of the United States, and most of the trade between them moves by road. Manufacturers have long complained that delays at the border erode the advantages of moving production closer to the American market.",
                    "According to the newspaper, a pilot at one crossing has already cut the average wait almost in half. The plan is now to extend it to four more major crossings.",
                    "Unions representing American customs officers are wary of the idea, fearing that working on foreign territory could create legal complications for their members.",
                    "If the scheme takes hold, it could be extended to rail freight, which carries a growing share of goods between the two countries. Talks on that, according to the newspaper, are at an early stage.",
                ],
                Quote: new("Every hour a truck spends in line is money lost by Mexican factories and American buyers alike. We have finally started solving the problem instead of arguing about it", "the newspaper quotes a representative of a border state's chamber of commerce as saying"),
                Slots: new("in the border states", "the customs services", "the joint inspections")),
        },
        new("china-kyrgyzstan-railway", Labels.Analysis, [Staff.Levina, Staff.Ryabov], [Tags.China, Tags.Trade, Tags.Diplomacy])
        {
            Ru = new(
                Title: "Зачем Китаю железная дорога через Киргизию и что она изменит для региона",
                Dek: "Дорогу Китай — Киргизия — Узбекистан обсуждали четверть века, и теперь, когда работы идут полным ходом, стоит разобраться, кто выиграет от нового маршрута.",
                Caption: "Горный участок строящейся железной дороги в Киргизии",
                Lead: "Железную дорогу, которая должна связать Китай с Узбекистаном через горы Киргизии, обсуждали больше двадцати лет. Проект не раз объявляли мёртвым, но сейчас на трассе работают тысячи строителей, и первые тоннели уже пробиты.",
                Paragraphs:
                [
                    "Для Пекина смысл дороги прост: это ещё один сухопутный выход к рынкам Центральной Азии, Ирана и дальше — Европы. Существующие маршруты идут через Казахстан, и новая ветка позволяет диверсифицировать логистику.",
                    "Для Киргизии проект важнее, чем для кого-либо. Страна не имеет выхода к морю, а север и юг до сих пор не связаны железной дорогой. Транзитные сборы и новые станции могут стать заметной статьёй доходов бюджета.",
                    "Узбекистан рассчитывает получить короткий путь для своих товаров на китайский рынок. Ташкент уже объявил о планах построить вдоль трассы логистические центры и промышленные зоны.",
                    "## Экономика и инженерия",
                    "Главный вопрос — экономика проекта. Горная дорога с десятками тоннелей и мостов стоит дорого, и окупаемость будет зависеть от того, сколько грузов удастся на неё привлечь. Кредиты на строительство частично предоставляет китайская сторона, и в Бишкеке звучат опасения по поводу долговой нагрузки.",
                    "Есть и технический вызов: на границе Китая и Киргизии меняется ширина колеи. От того, как будет организована перегрузка, зависит, станет ли маршрут действительно быстрее морского.",
                    "Сроки тоже вызывают вопросы. Официально движение по дороге должно открыться через несколько лет, но горные участки с тоннелями и мостами редко удаётся построить вовремя, и многие эксперты закладывают в расчёты задержку как минимум на год-два.",
                    "## Что это значит для России",
                    "Для России новая дорога — одновременно конкурент и возможность. Часть транзита из Китая в Европу может уйти с северных маршрутов, но российские компании уже изучают участие в логистике на новом направлении.",
                ],
                Quote: new("Это не просто рельсы, а новая карта региона. Тот, кто первым построит вдоль неё склады и терминалы, будет определять грузопотоки на десятилетия", "говорит Асель Джумабаева, эксперт по логистике Центральной Азии из Алма-Аты"),
                Slots: new("в Центральной Азии", "Пекина", "нового маршрута"))
            {
                Figures =
                [
                    "около 500 км — протяжённость трассы",
                    "десятки тоннелей и мостов на горном участке",
                    "на несколько дней быстрее — ожидаемый выигрыш по сравнению с существующими маршрутами",
                ],
            },
        },
        new("london-second-car", null, [Staff.Levina], [Tags.Climate, Tags.Transport])
        {
            Source = new(ForeignPress.Guardian, "London to pay households to give up their second car", "/uk-news/london-pay-households-give-up-second-car"),
            Ru = new(
                Title: "Лондон будет платить жителям за отказ от второго автомобиля",
                Dek: "Газета пишет, что городские власти запускают пилотную программу: семьи, которые продадут одну из машин, получат годовой проездной и кредит на аренду велосипедов и каршеринг.",
                Caption: "Велосипедная дорожка на набережной Темзы",
                Lead: "Власти Лондона запускают программу, которая будет поощрять семьи отказываться от второго автомобиля, пишет The Guardian. Участники получат годовой проездной на общественный транспорт и кредит на аренду велосипедов и каршеринг на общую сумму около двух тысяч фунтов.",
                Paragraphs:
                [
                    "Пилотный проект стартует в трёх внешних районах города, где доля семей с двумя и более машинами особенно высока. Чтобы получить компенсацию, машину нужно продать или сдать на утилизацию и не регистрировать новую в течение двух лет.",
                    "По расчётам городских властей, на которые ссылается газета, каждый отказ от машины снижает выбросы примерно на тонну углекислого газа в год, а нагрузку на дороги в утренний час пик — заметнее, чем любые ограничения.",
                    "Программа — часть более широкой стратегии, по которой доля поездок пешком, на велосипеде и общественном транспорте в Лондоне должна вырасти до 80% к началу следующего десятилетия.",
                    "Участники пилота будут получать не деньги, а кредиты на конкретные виды транспорта. По замыслу авторов, это должно помочь семьям выработать новые привычки, а не просто заработать на продаже машины.",
                    "Критики называют идею дорогой и малоэффективной. Оппозиция в городском собрании указывает, что компенсацию получат в основном семьи, которые и так собирались продать машину.",
                    "Городские власти отвечают, что как раз это и предстоит выяснить: по итогам пилота программу либо расширят на весь город, либо закроют.",
                    "Похожие программы уже пробовали в нескольких европейских городах, но масштаб лондонского эксперимента больше: в первый год городские власти рассчитывают на несколько тысяч участников.",
                ],
                Quote: new("Мы не запрещаем машины и не наказываем водителей. Мы предлагаем людям попробовать жить по-другому и платим за то, чтобы они это попробовали", "приводит The Guardian слова одного из авторов программы в транспортном управлении города"),
                Slots: new("в Лондоне", "городских властей", "программы отказа от машин")),
        },
        new("germany-nurse-diplomas", null, [Staff.Levina], [Tags.EuropeanUnion, Tags.Medicine])
        {
            Source = new(ForeignPress.Spiegel, "Pflegekräfte aus dem Ausland: Bund will Anerkennung drastisch beschleunigen", "/politik/deutschland/pflegekraefte-aus-dem-ausland-anerkennung-soll-schneller-werden-a-7c3e91d2-4b8f-4a16-9e2d-1f5a8c0b6d34"),
            Ru = new(
                Title: "Германия вдвое сократит сроки признания дипломов иностранных медсестёр",
                Dek: "Журнал пишет, что федеральное правительство готовит закон, по которому признание квалификации займёт не больше трёх месяцев, а языковой экзамен можно будет сдать после начала работы.",
                Caption: "Медсестра в отделении берлинской больницы",
                Lead: "Федеральное правительство Германии готовит законопроект, который должен резко ускорить признание дипломов медсестёр и сиделок из других стран, сообщает Der Spiegel. Сейчас процедура в среднем занимает больше полугода, по новым правилам она не должна превышать трёх месяцев.",
                Paragraphs:
                [
                    "Нехватка персонала в немецких больницах и домах престарелых оценивается в десятки тысяч человек, и с каждым годом она растёт: поколение бэби-бума уходит на пенсию и одновременно становится главным потребителем медицинских услуг.",
                    "Главная претензия к нынешней системе — её раздробленность. Дипломы признают власти федеральных земель, и требования к документам в Баварии и, например, в Бремене могут заметно различаться. Законопроект предлагает создать единый федеральный центр, который будет принимать решения для всей страны.",
                    "Ещё одна новация касается языка. Сейчас медсестра должна подтвердить владение немецким до начала работы, а по новым правилам сможет сдать экзамен в течение года, работая под присмотром коллег.",
                    "Профсоюзы медиков поддерживают ускорение, но предупреждают, что облегчённые требования к языку могут создать риски для пациентов. Ассоциации больниц, напротив, считают, что год — слишком короткий срок для людей, которые учат язык с нуля.",
                    "Der Spiegel отмечает, что законопроект может быть внесён в бундестаг в начале следующего года, но правительственной коалиции ещё предстоит договориться о финансировании нового центра.",
                    "Параллельно правительство намерено упростить переезд семей медиков: супруги получат право на работу сразу после въезда, а детям помогут с местами в детских садах и школах рядом с больницей, где работает родитель.",
                ],
                Quote: new("Мы годами приглашаем специалистов, а потом заставляем их месяцами ждать бумаг. Многие за это время уезжают в Нидерланды или Скандинавию", "цитирует журнал руководителя кадровой службы одной из берлинских клиник"),
                Slots: new("в Германии", "федерального правительства", "нового порядка признания дипломов")),
        },
        new("us-school-phone-bans", null, [Staff.Levina], [Tags.UnitedStates, Tags.Regulation])
        {
            Source = new(ForeignPress.WashingtonPost, "Eight more states move to ban phones in classrooms", "/education/more-states-ban-cellphones-schools/"),
            Ru = new(
                Title: "Ещё восемь штатов США запретят смартфоны в школах со следующего учебного года",
                Dek: "Газета подсчитала, что ограничения на телефоны в классах скоро будут действовать в половине штатов: учителя довольны, а родители беспокоятся, как связаться с ребёнком в экстренной ситуации.",
                Caption: "Ученики средней школы на перемене",
                Lead: "Законодатели ещё восьми американских штатов приняли или готовятся принять законы, запрещающие ученикам пользоваться смартфонами во время уроков, пишет The Washington Post. С учётом уже действующих ограничений правила будут распространяться на школы в половине страны.",
                Paragraphs:
                [
                    "Подходы различаются. В одних штатах телефоны запрещены только на уроках, в других — на протяжении всего учебного дня, включая перемены и обед. Школы обязаны выделить место для хранения устройств: шкафчики или чехлы, которые открываются только на выходе.",
                    "Сторонники запретов ссылаются на опросы учителей: большинство считают телефоны главным источником отвлечения на занятиях. В школах, которые ввели ограничения раньше, по данным газеты, снизилось число конфликтов и жалоб на травлю в соцсетях.",
                    "Против выступают прежде всего родители. Их главный аргумент — безопасность: в экстренной ситуации они хотят сразу связаться с ребёнком. Законодатели отвечают, что школьные телефоны и системы оповещения справляются с этой задачей лучше.",
                    "Исследователи пока осторожны в оценках. Данных о том, как запреты влияют на успеваемость, мало, а первые результаты противоречивы: эффект заметнее в средней школе, чем в старшей.",
                    "The Washington Post отмечает, что тема неожиданно объединила политиков обеих партий: законы принимаются и в республиканских, и в демократических штатах.",
                    "Сами ученики, опрошенные газетой, реагируют по-разному. Младшие школьники в большинстве своём быстро привыкают, а старшеклассники жалуются, что у них отобрали привычный способ общения, и находят обходные пути — например, умные часы.",
                ],
                Quote: new("За двадцать лет работы я впервые вижу, чтобы на перемене дети разговаривали друг с другом, а не смотрели в экраны", "цитирует газета учительницу математики из Вирджинии"),
                Slots: new("в США", "законодателей", "запрета смартфонов")),
        },
        new("provence-drought", null, [Staff.Levina], [Tags.Climate, Tags.EuropeanUnion])
        {
            Source = new(ForeignPress.LeMonde, "Sécheresse : la Provence se prépare à un troisième été sans eau", "/planete/article/secheresse-la-provence-se-prepare-a-un-troisieme-ete-sans-eau"),
            Ru = new(
                Title: "Юг Франции готовится к третьему подряд засушливому лету",
                Dek: "Газета пишет, что власти Прованса заранее вводят ограничения на полив и строительство бассейнов, а фермеры требуют компенсаций за переход на менее влагоёмкие культуры.",
                Caption: "Лавандовое поле в Провансе в конце лета",
                Lead: "Власти нескольких департаментов на юге Франции за много месяцев до лета вводят ограничения на использование воды, пишет Le Monde. Уровень подземных вод в регионе после двух засушливых лет остаётся рекордно низким, и осенние дожди не смогли его восстановить.",
                Paragraphs:
                [
                    "Новые правила запрещают поливать газоны и заполнять частные бассейны в дневные часы, а в отдельных коммунах приостанавливают выдачу разрешений на строительство новых бассейнов. Для сельского хозяйства вводятся квоты, которые будут пересматриваться каждые две недели.",
                    "Больше всего страдают фермеры, выращивающие кукурузу и овощи, которым нужен регулярный полив. Профсоюзы требуют компенсаций для тех, кто согласится перейти на менее влагоёмкие культуры вроде сорго, нута или оливок.",
                    "Виноделы пока в лучшем положении: виноградная лоза переносит засуху лучше многих культур. Но и они жалуются на падение урожайности и ранний сбор, который меняет характер вина.",
                    "Климатологи, на которых ссылается газета, предупреждают, что такие лета скоро станут нормой для всего Средиземноморья. По их оценкам, к середине века сток рек в регионе может сократиться на четверть.",
                    "Правительство обещает ускорить проекты повторного использования очищенных сточных вод, но пока во Франции так перерабатывается меньше одного процента воды — в разы меньше, чем в соседних Испании и Италии.",
                    "Местные власти призывают жителей экономить воду и дома: по их подсчётам, на бытовые нужды приходится около четверти потребления в регионе, и даже небольшое сокращение заметно облегчит ситуацию в самые жаркие недели.",
                ],
                Quote: new("Мы больше не можем планировать сезон так, как делали наши родители. Каждый год мы решаем, что сажать, глядя не на рынок, а на уровень воды в скважине", "приводит Le Monde слова фермера из департамента Воклюз"),
                Slots: new("на юге Франции", "местных властей", "водных ограничений")),
        },
        new("andes-lithium-rules", null, [Staff.Levina], [Tags.Trade, Tags.Diplomacy, Tags.Climate])
        {
            Source = new(ForeignPress.Guardian, "Chile and Argentina strike deal to coordinate lithium mining rules", "/world/chile-argentina-lithium-mining-deal"),
            En = new(
                Title: "Chile and Argentina agree to coordinate their rules for lithium mining",
                Dek: "The two countries, which share some of the world's largest lithium reserves, will pool environmental data and align royalties so that investors can no longer play one against the other.",
                Caption: "Evaporation ponds at a lithium mine in the Atacama salt flat",
                Lead: "Chile and Argentina have agreed to coordinate the rules for lithium mining in the salt flats that straddle their border, The Guardian reports. The deal, signed by the two countries' mining ministries, covers environmental monitoring, water use and the royalties paid by mining companies.",
                Paragraphs:
                [
                    "Together with Bolivia, the two countries sit on the so-called lithium triangle, which holds more than half of the world's known reserves of the metal used in batteries for electric cars and phones.",
                    "Until now they have competed for investment, and companies have often used the different rules on either side of the Andes to negotiate better terms. The agreement sets shared bands for royalties, so that neither country can undercut the other by a wide margin.",
                    "The environmental chapter may prove more important. Lithium is extracted by pumping brine to the surface and letting it evaporate, a process that uses large amounts of water in one of the driest places on earth. The two countries will pool data from monitoring wells and publish it online.",
                    "Indigenous communities living around the salt flats welcomed the transparency commitments but said they had not been consulted on the text. Several groups have filed complaints against mining projects on both sides of the border.",
                    "Bolivia was invited to join the talks but has not yet signed up, according to the newspaper.",
                ],
                Quote: new("For years the companies played us against each other. Now they will have to deal with a region that speaks with one voice", "the newspaper quotes an Argentine official involved in the negotiations as saying"),
                Slots: new("in the Andes", "the mining ministries", "the lithium agreement")),
        },
        new("us-flood-buyouts", null, [Staff.Levina], [Tags.UnitedStates, Tags.Climate])
        {
            Source = new(ForeignPress.WashingtonPost, "As floods worsen, more towns pay residents to leave for good", "/climate-environment/flood-buyouts-towns-relocation/"),
            En = new(
                Title: "American towns are buying out the homes that keep flooding",
                Dek: "More municipalities are paying residents to leave flood-prone streets for good and turning the land into parks and wetlands, but the programmes move slowly and money is tight.",
                Caption: "A flooded street in a river town in the American Midwest",
                Lead: "A growing number of towns in the United States are paying residents to sell homes that flood again and again, and then demolishing them for good, The Washington Post reports. The land is turned into parks or wetlands, or simply left empty to absorb the next flood.",
                Paragraphs:
                [
                    "Buyouts are not new, but their scale is growing. The newspaper counted dozens of municipalities that launched or expanded such programmes in the past two years, from small river towns in the Midwest to coastal suburbs in the South.",
                    "The logic is financial as much as environmental. Repairing the same houses after every flood costs insurers and the federal government far more than buying them once at market value.",
                    "The process is slow. Applications can take years to approve, and residents often have to find a new home before they receive the money. Many of those affected are older or on low incomes and cannot bridge the gap.",
                    "There is also an emotional cost. For some families the house has been in the family for generations, and neighbours who stay find themselves living next to a growing number of empty lots.",
                    "Local officials interviewed by the Post say the programmes work best when a whole street or neighbourhood moves together, so that the community is not broken up piece by piece.",
                ],
                Quote: new("We kept rebuilding the same street and telling ourselves it was the last time. At some point you have to admit that the river is going to win", "a town manager in Iowa told the newspaper"),
                Slots: new("in flood-prone towns", "the federal government", "the buyout programmes")),
        },
    ];
}
