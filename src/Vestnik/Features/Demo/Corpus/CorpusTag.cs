namespace Vestnik.Features.Demo.Corpus;

/// <summary>A topic tag in both languages, so a translation carries the same tags as its original.</summary>
internal sealed record CorpusTag(string Ru, string En);

/// <summary>The demo tag vocabulary; each tag is used by several stories so tag pages are not empty.</summary>
internal static class Tags
{
    public static readonly CorpusTag Duma = new("Госдума", "State Duma");
    public static readonly CorpusTag Elections = new("Выборы", "Elections");
    public static readonly CorpusTag Regions = new("Регионы", "Regions");
    public static readonly CorpusTag Moscow = new("Москва", "Moscow");
    public static readonly CorpusTag Budget = new("Бюджет", "Budget");
    public static readonly CorpusTag Transport = new("Транспорт", "Transport");
    public static readonly CorpusTag LocalGovernment = new("Местное самоуправление", "Local government");

    public static readonly CorpusTag CentralBank = new("Центробанк", "Central bank");
    public static readonly CorpusTag Inflation = new("Инфляция", "Inflation");
    public static readonly CorpusTag Grain = new("Экспорт зерна", "Grain exports");
    public static readonly CorpusTag Rouble = new("Рубль", "Rouble");
    public static readonly CorpusTag Taxes = new("Налоги", "Taxes");
    public static readonly CorpusTag Oil = new("Нефть", "Oil");
    public static readonly CorpusTag Banks = new("Банки", "Banks");

    public static readonly CorpusTag EuropeanUnion = new("Евросоюз", "European Union");
    public static readonly CorpusTag UnitedStates = new("США", "United States");
    public static readonly CorpusTag China = new("Китай", "China");
    public static readonly CorpusTag Diplomacy = new("Дипломатия", "Diplomacy");
    public static readonly CorpusTag Trade = new("Торговля", "Trade");

    public static readonly CorpusTag ArtificialIntelligence = new("Искусственный интеллект", "Artificial intelligence");
    public static readonly CorpusTag Regulation = new("Регулирование", "Regulation");
    public static readonly CorpusTag Startups = new("Стартапы", "Startups");
    public static readonly CorpusTag Telecoms = new("Связь", "Telecoms");
    public static readonly CorpusTag Cybersecurity = new("Кибербезопасность", "Cybersecurity");

    public static readonly CorpusTag Space = new("Космос", "Space");
    public static readonly CorpusTag Medicine = new("Медицина", "Medicine");
    public static readonly CorpusTag Climate = new("Климат", "Climate");
    public static readonly CorpusTag Arctic = new("Арктика", "Arctic");
    public static readonly CorpusTag History = new("История", "History");

    public static readonly CorpusTag Theatre = new("Театр", "Theatre");
    public static readonly CorpusTag Cinema = new("Кино", "Cinema");
    public static readonly CorpusTag Books = new("Книги", "Books");
    public static readonly CorpusTag Museums = new("Музеи", "Museums");
    public static readonly CorpusTag Festivals = new("Фестивали", "Festivals");

    public static readonly CorpusTag Football = new("Футбол", "Football");
    public static readonly CorpusTag Hockey = new("Хоккей", "Ice hockey");
    public static readonly CorpusTag Tennis = new("Теннис", "Tennis");
    public static readonly CorpusTag Chess = new("Шахматы", "Chess");
    public static readonly CorpusTag YouthSport = new("Детский спорт", "Youth sport");
}
