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
var source = Take(bodies, 0, 5000, out var next);
var sourceWords = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
var ownWords = Take(bodies, next, 4700, out _).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
// Ten passages of 30 words lifted from the source, spread through the draft; every other one in «».
for (var p = 0; p < 10; p++)
{
    var copied = string.Join(' ', sourceWords.Skip(400 + p * 450).Take(30));
    ownWords.Insert(p * 470, p % 2 == 0 ? copied : $"«{copied}»");
}
var draft = string.Join(' ', ownWords);

Measure("5,000-word draft against a 5,000-word source", draft, source, runs);
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

// Whole demo bodies from index `from` on until `words` words are gathered (the last one cut), as one text.
static string Take(List<string> bodies, int from, int words, out int next)
{
    var taken = new List<string>();
    next = from;
    while (taken.Count < words && next < bodies.Count)
    {
        taken.AddRange(bodies[next++].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
    return string.Join(' ', taken.Take(words));
}
