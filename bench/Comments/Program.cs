// Measures the comments feature: the classifier's precision and recall on a held-out set, posting latency of
// 50 concurrent posters on SQLite (saturated, and at paced rates), and the article page with 2,000 comments.
// Run: dotnet run -c Release --project bench/Comments [-- posters postsEach rates], e.g. -- 50 20 50,100,200
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Spam;
using Vestnik.Testing;

var posters = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var postsEach = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
// Offered load of the paced runs, in posts per second across all posters (a closed loop always runs too).
var paced = args.Length > 2 ? args[2].Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray() : [50, 100, 200];

// WebApplicationFactory finds the app's content root next to a test project; a console project names it.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "Vestnik.slnx")))
{
    repository = repository.Parent ?? throw new DirectoryNotFoundException("Vestnik.slnx not found above the benchmark");
}
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VESTNIK", Path.Combine(repository.FullName, "src", "Vestnik"));

Classifier();
await PostingAsync(posters, postsEach, paced);
await ArticlePageAsync(2000);

static void Classifier()
{
    var heldOut = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "heldout.tsv"))
        .Select(line => line.Split('\t', 2))
        .Select(parts => (IsSpam: parts[0] == "spam", Text: parts[1]))
        .ToList();
    var seed = SeedCorpus.Spam.Select(t => (IsSpam: true, Text: t)).Concat(SeedCorpus.Ham.Select(t => (IsSpam: false, Text: t))).ToList();

    // Day one: trained on the shipped seed set only, scored on examples it has never seen.
    var dayOne = Train(seed);
    Report("seed set only → held-out set", heldOut.Select(e => (e.IsSpam, dayOne.Score(SpamFeatures.Of(e.Text)))).ToList());

    // After moderators' verdicts: 5-fold cross-validation over seed + held-out, each fold trained incrementally on the rest.
    // A seeded shuffle mixes seed and held-out examples into the folds the same way on every run (string hash codes
    // are randomised per process, so ordering by them gave different folds, and figures, each run).
    var shuffle = new Random(20261128);
    var all = seed.Concat(heldOut).Select(e => (Example: e, Key: shuffle.Next())).OrderBy(x => x.Key).Select(x => x.Example).ToList();
    var scored = new List<(bool, double)>();
    for (var fold = 0; fold < 5; fold++)
    {
        var model = Train(all.Where((_, i) => i % 5 != fold));
        scored.AddRange(all.Where((_, i) => i % 5 == fold).Select(e => (e.IsSpam, model.Score(SpamFeatures.Of(e.Text)))));
    }
    Report("5-fold cross-validation, seed + held-out", scored);

    static NaiveBayes Train(IEnumerable<(bool IsSpam, string Text)> examples)
    {
        var model = new NaiveBayes();
        foreach (var (isSpam, text) in examples)
        {
            model.Learn(SpamFeatures.Of(text), isSpam);
        }
        return model;
    }

    static void Report(string name, List<(bool IsSpam, double Score)> scored)
    {
        foreach (var threshold in new[] { 0.5, 0.9 })
        {
            var tp = scored.Count(s => s.IsSpam && s.Score >= threshold);
            var fp = scored.Count(s => !s.IsSpam && s.Score >= threshold);
            var fn = scored.Count(s => s.IsSpam && s.Score < threshold);
            var precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
            var recall = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
            Console.WriteLine(FormattableString.Invariant(
                $"classifier | {name} | n={scored.Count} | threshold {threshold:0.0} | precision {precision:0.00} | recall {recall:0.00} | false positives {fp}"));
        }
    }
}

static async Task PostingAsync(int posters, int postsEach, int[] pacedRates)
{
    await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a
        .WithSetting("Comments:MinSecondsToSubmit", "0")
        .WithSetting("Comments:PostsPerMinutePerAccount", "100000")
        .WithSetting("Comments:PostsPerMinutePerIp", "100000"));
    app.StartServer();
    var article = await app.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для замера"));
    var clients = new List<(HttpClient Client, Dictionary<string, string> Form)>();
    for (var i = 0; i < posters; i++)
    {
        clients.Add(await SignedInAsync(app, article.Slug, i));
    }

    // Warm up: JIT, connection pools, the classifier's in-memory model.
    await Task.WhenAll(clients.Select((c, i) => PostAsync(c.Client, c.Form, $"прогрев {i} {Guid.NewGuid():N}")));

    // Closed loop: every poster sends the next comment as soon as the last one is answered, so the machine is
    // saturated and the latency is the queue in front of its two cores (Little's law: posters / throughput).
    await RunAsync("closed loop, each poster sends again at once", _ => TimeSpan.Zero);

    // Paced: the posters together offer a fixed rate, each post at its scheduled moment; a late answer delays no
    // later post, and latency counts from the scheduled moment, so a stall is not hidden by the posters waiting.
    foreach (var rate in pacedRates)
    {
        await RunAsync($"paced, {rate} posts/s offered", slot => TimeSpan.FromSeconds(slot / (double)rate));
    }

    async Task RunAsync(string mode, Func<int, TimeSpan> scheduleOf)
    {
        var latencies = new List<double>();
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (c, i) =>
        {
            for (var n = 0; n < postsEach; n++)
            {
                var scheduled = scheduleOf(n * posters + i);
                var lead = scheduled - wall.Elapsed;
                if (lead > TimeSpan.Zero)
                {
                    await Task.Delay(lead);
                }
                var sent = scheduled == TimeSpan.Zero ? wall.Elapsed : scheduled;
                var status = await PostAsync(c.Client, c.Form, $"Комментарий {i}-{n}: мнение читателя о статье {Guid.NewGuid():N}");
                var latency = (wall.Elapsed - sent).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(latency);
                    failures += status == HttpStatusCode.Redirect ? 0 : 1;
                }
            }
        }));
        wall.Stop();
        latencies.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"posting | SQLite | {posters} posters x {postsEach} | {mode} | {latencies.Count / wall.Elapsed.TotalSeconds:0} posts/s | p50 {Percentile(latencies, 0.50):0.0} ms | p95 {Percentile(latencies, 0.95):0.0} ms | p99 {Percentile(latencies, 0.99):0.0} ms | max {latencies[^1]:0.0} ms | failures {failures}"));
    }
}

static async Task ArticlePageAsync(int comments)
{
    await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
    app.StartServer();
    var article = await app.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для замера"));
    var userId = await app.WithDbAsync(async db =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "bench@test", Email = "bench@test", EmailConfirmed = true, DisplayName = "Читатель" };
        await users.CreateAsync(user, "Bench-password-1");
        return user.Id;
    });
    await app.WithDbAsync(async db =>
    {
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var roots = new List<Comment>();
        for (var i = 0; i < comments / 2; i++)
        {
            var root = new Comment { ArticleId = article.Id, AuthorId = userId, AuthorName = "Читатель", CreatedAt = start.AddSeconds(i * 2) };
            root.SetBody($"Комментарий {i}", $"<p>Комментарий {i}</p>", $"h{i}");
            roots.Add(root);
        }
        db.AddRange(roots);
        await db.SaveChangesAsync();
        foreach (var root in roots)
        {
            var reply = new Comment
            {
                ArticleId = article.Id, ParentId = root.Id, RootId = root.Id, DisplayParentId = root.Id, Depth = 1,
                AuthorId = userId, AuthorName = "Читатель", CreatedAt = root.CreatedAt.AddSeconds(1),
            };
            reply.SetBody("Ответ", "<p>Ответ</p>", $"r{root.Id}");
            db.Add(reply);
        }
        await db.SaveChangesAsync();
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentCount, comments));
    });

    using var client = app.CreateClient();
    var url = $"/articles/{article.Slug}";
    for (var i = 0; i < 20; i++)
    {
        await client.GetStringAsync(url);
    }
    foreach (var (name, path) in new[] { ("first page", url), ("page 40 (oldest first)", url + "?cpage=40"), ("most liked", url + "?csort=liked") })
    {
        var times = new List<double>();
        string html = "";
        for (var i = 0; i < 100; i++)
        {
            var watch = Stopwatch.StartNew();
            html = await client.GetStringAsync(path);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var shown = new HtmlParser().ParseDocument(html).QuerySelectorAll("#comments li.comment").Length;
        Console.WriteLine(FormattableString.Invariant(
            $"article page | {comments} comments | {name} | {shown} comments rendered | median {Percentile(times, 0.5):0.0} ms | p95 {Percentile(times, 0.95):0.0} ms"));
    }
}

static async Task<(HttpClient, Dictionary<string, string>)> SignedInAsync(VestnikApp app, string slug, int i)
{
    var email = $"poster{i}@bench.test";
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Читатель {i}" }, "Bench-password-1");
    }
    var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    var login = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/login"));
    var token = login.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Email"] = email, ["Password"] = "Bench-password-1",
    }));
    var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/articles/{slug}"));
    var form = page.QuerySelector("#comments > form[data-comment-form]")!;
    var fields = form.QuerySelectorAll("input[name]").ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? "");
    return (client, fields);
}

static async Task<HttpStatusCode> PostAsync(HttpClient client, Dictionary<string, string> form, string body)
{
    var fields = new Dictionary<string, string>(form) { ["Body"] = body };
    using var response = await client.PostAsync("/comments/post", new FormUrlEncodedContent(fields));
    return response.StatusCode;
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
