// Measures VerbatimOverlap.Find, the check the editor runs on every preview, save and (debounced) keystroke: a
// 5,000-word draft against a 5,000-word source, both from the demo corpus, the draft carrying ten copied passages of
// 30 words (half of them quoted); then the worst input, a text of one repeated word against itself.
// Run: dotnet run -c Release --project bench/Retelling [-- runs], e.g. -- 200
using System.Diagnostics;
using System.Globalization;
using Vestnik.Features.Demo;
using Vestnik.Features.Newsroom.Articles.Retelling;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var bodies = DemoCorpus.Create().Articles.Select(a => a.BodyMarkdown).ToList();
var source = Paragraphs(bodies, 0, 5000, out var next);
var sourceWords = string.Join("\n\n", source).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
var draft = Paragraphs(bodies, next, 4700, out _);
// Ten passages of 30 words lifted from the source, as paragraphs spread through the draft; every other one in «».
var spacing = draft.Count / 10;
for (var p = 9; p >= 0; p--)
{
    var copied = string.Join(' ', sourceWords.Skip(400 + p * 450).Take(30));
    draft.Insert(p * spacing, p % 2 == 0 ? copied : $"«{copied}»");
}

Measure("5,000-word draft against a 5,000-word source", string.Join("\n\n", draft), string.Join("\n\n", source), runs);
var repeated = string.Join(' ', Enumerable.Repeat("да", 5000));
Measure("one word repeated 5,000 times against itself", repeated, repeated, runs);

static void Measure(string what, string draft, string source, int runs)
{
    var report = VerbatimOverlap.Find(draft, source); // warm-up: JIT and tiered compilation
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        report = VerbatimOverlap.Find(draft, source);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{what}: median {times[times.Count / 2]:F2} ms, min {times[0]:F2}, max {times[^1]:F2} over {runs} runs; "
        + $"{report.DraftWords:N0} words, {report.SharePercent} % repeated, {report.Passages.Count} passages, {report.FlaggedPassages} flagged");
}

// The paragraphs of whole demo bodies from index `from` on until `words` words are gathered.
static List<string> Paragraphs(List<string> bodies, int from, int words, out int next)
{
    var paragraphs = new List<string>();
    var count = 0;
    next = from;
    while (count < words && next < bodies.Count)
    {
        foreach (var paragraph in bodies[next++].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            paragraphs.Add(paragraph);
            count += paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
    }
    return paragraphs;
}
