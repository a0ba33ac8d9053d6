using System.Diagnostics;
using Microsoft.Extensions.Options;
using Vestnik.Features.Inbox;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Parsing;

// Language detection: cost of loading the restricted model set, then per-item detection.
static long Rss() => Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024);

var feedsRoot = args.Length > 0 ? args[0] : RepositoryFeeds();
var rssBefore = Rss();
var managedBefore = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
var clock = Stopwatch.StartNew();
var lowAccuracy = Environment.GetEnvironmentVariable("LOW") == "1";
var languages = Environment.GetEnvironmentVariable("LANGS") ?? "en,ru,de,fr,es,it,pt,uk";
var detection = new LanguageDetection(Options.Create(new InboxOptions { DetectLanguages = languages, DetectLowAccuracy = lowAccuracy }));
var first = detection.Detect("The central bank kept interest rates unchanged on Thursday.");
var load = clock.Elapsed;
var managedAfter = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
Console.WriteLine($"lingua: {languages.Split(',').Length} languages{(lowAccuracy ? " (low accuracy)" : "")}, first detection (model load) {load.TotalMilliseconds:0} ms -> {first}; managed heap +{managedAfter - managedBefore} MB, RSS {rssBefore} -> {Rss()} MB");

string[] samples =
[
    "Der Bundestag hat am Freitag das umstrittene Gesetz verabschiedet.",
    "Le gouvernement a annoncé de nouvelles mesures pour le logement.",
    "В Бузулуке главные стройплощадки – детсад и Ледовый дворец",
    "El gobierno anunció nuevas medidas económicas este martes.",
];
clock.Restart();
const int rounds = 500;
for (var i = 0; i < rounds; i++)
{
    foreach (var text in samples)
    {
        detection.Detect(text);
    }
}
Console.WriteLine($"lingua: {clock.Elapsed.TotalMicroseconds / (rounds * samples.Length):0} µs per headline-sized text");

// Parser: every sample feed, five passes, median pass time.
var files = Directory.EnumerateFiles(feedsRoot, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToList();
var url = new Uri("https://feeds.example.com/rss.xml");
var passes = new List<double>();
int items = 0;
for (var pass = 0; pass < 6; pass++)
{
    clock.Restart();
    items = 0;
    foreach (var body in files)
    {
        try
        {
            items += FeedParser.Parse(body, url).Items.Count;
        }
        catch (FeedFormatException)
        {
        }
    }
    if (pass > 0)
    {
        passes.Add(clock.Elapsed.TotalMilliseconds);
    }
}
passes.Sort();
Console.WriteLine($"parser: {files.Count} files, {files.Sum(f => f.Length) / 1024} KB, {items} items; median pass {passes[passes.Count / 2]:0} ms");

// The feed samples the tests use, in the repository's tests/data/feeds, found above the build output.
static string RepositoryFeeds()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var feeds = Path.Combine(dir.FullName, "tests", "data", "feeds");
        if (File.Exists(Path.Combine(dir.FullName, "Vestnik.slnx")) && Directory.Exists(feeds))
        {
            return feeds;
        }
    }
    throw new DirectoryNotFoundException("tests/data/feeds not found above the build output: pass a feeds folder as the first argument");
}
