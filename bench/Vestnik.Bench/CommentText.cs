using System.Globalization;
using System.Text;
using Vestnik.Features.Comments.Posting;

namespace Vestnik.Bench;

/// <summary>
/// Readers' comments in Russian, of the lengths readers write (mostly a sentence or two, now and then several
/// paragraphs), some with an emoji. The text uses only letters, spaces, punctuation and emoji, which the app's
/// <see cref="CommentFormatter"/> keeps as they are, so its HTML is the paragraphs wrapped in <c>p</c> elements; the
/// formatter itself (whose sanitizer would cost more than everything else here) renders the first comments and every
/// thousandth after them, and any difference stops the generator: the stored HTML is what the app would have stored.
/// </summary>
public sealed class CommentText
{
    private const int CheckedComments = 2_000;
    private const int CheckEvery = 1_000;

    private static readonly string[] Openers =
    [
        "согласен", "не согласен", "спасибо за материал", "интересно", "странно", "как всегда", "наконец-то", "ну да",
        "а что дальше", "посмотрим", "вот именно", "позвольте", "простите", "честно говоря", "по-моему", "увы",
    ];

    private static readonly string[] Words =
    [
        "автор", "статья", "власти", "цены", "люди", "город", "дороги", "бюджет", "налоги", "школа", "врачи", "пенсия",
        "зарплата", "транспорт", "метро", "мост", "район", "двор", "соседи", "мэрия", "решение", "закон", "сроки",
        "деньги", "проект", "ремонт", "снова", "опять", "давно", "никто", "всегда", "почему", "зачем", "кто", "где",
        "надо", "нельзя", "можно", "хорошо", "плохо", "правильно", "неправда", "понятно", "точно", "вообще", "просто",
        "видно", "написано", "сказали", "обещали", "сделали", "построили", "закрыли", "подняли", "вернули", "ждём",
        "лет", "году", "месяц", "неделю", "вчера", "сегодня", "завтра", "потом", "раньше", "теперь", "у нас", "в центре",
        "на окраине", "в области", "по телевизору", "в новостях", "на работе", "дома", "всё", "ничего", "много", "мало",
    ];

    private static readonly string[] Endings = [".", ".", ".", ".", "!", "?", "...", "!!"];

    private static readonly string[] Emoji = ["👍", "👎", "😂", "🤔", "😡", "🙏", "🔥", "😢", "👏", "🤷", "❤️", "😉"];

    private readonly CommentFormatter _formatter;
    private readonly Random _random;
    private int _made;

    public CommentText(CommentFormatter formatter, Random random)
    {
        _formatter = formatter;
        _random = random;
    }

    /// <summary>A comment's text as typed and as the app renders it.</summary>
    public (string Body, string Html) Next()
    {
        var paragraphs = _random.NextDouble() switch
        {
            < 0.65 => 1,
            < 0.9 => 2,
            _ => 3 + _random.Next(3),
        };
        var body = new StringBuilder();
        var html = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                body.Append("\n\n");
            }
            html.Append("<p>");
            // Mostly one to three sentences; a geometric tail gives the occasional long paragraph.
            var sentences = 1;
            while (sentences < 8 && _random.NextDouble() < 0.45)
            {
                sentences++;
            }
            for (var s = 0; s < sentences; s++)
            {
                var sentence = Sentence();
                body.Append(s > 0 ? " " : "").Append(sentence);
                html.Append(s > 0 ? " " : "").Append(sentence);
            }
            html.Append("</p>");
        }
        var result = (body.ToString(), html.ToString());
        var made = _made++;
        if ((made < CheckedComments || made % CheckEvery == 0) && _formatter.ToHtml(result.Item1) != result.Item2)
        {
            throw new InvalidOperationException($"a generated comment renders differently in the app: {result.Item1}");
        }
        return result;
    }

    private string Sentence()
    {
        var words = new List<string>();
        if (_random.NextDouble() < 0.3)
        {
            words.Add(Openers[_random.Next(Openers.Length)] + ",");
        }
        var count = 3 + _random.Next(12);
        for (var i = 0; i < count; i++)
        {
            var word = Words[_random.Next(Words.Length)];
            words.Add(i < count - 1 && _random.NextDouble() < 0.1 ? word + "," : word);
        }
        var text = string.Join(' ', words);
        text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] + Endings[_random.Next(Endings.Length)];
        return _random.NextDouble() < 0.08 ? text + " " + Emoji[_random.Next(Emoji.Length)] : text;
    }
}
