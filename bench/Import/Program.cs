using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;

// Writes a WordPress export of N posts (each with three comments, one a reply) into a temporary folder, then runs
// `Vestnik.dll import wordpress` on it against a fresh SQLite data folder, sampling the process's working set, and
// prints articles per second and the peak working set, with the working set at each tenth of the run to show
// whether memory grows with the file.
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var app = args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Vestnik/bin/Release/net10.0/Vestnik.dll"));
if (!File.Exists(app))
{
    Console.Error.WriteLine($"Build the app first (dotnet build -c Release src/Vestnik): no {app}");
    return 1;
}
var folder = Directory.CreateTempSubdirectory("vestnik-import-bench-").FullName;
var export = Path.Combine(folder, "export.xml");
var clock = Stopwatch.StartNew();
Generate(export, articles);
Console.WriteLine($"Wrote {articles:N0} posts with {articles * 3:N0} comments: {new FileInfo(export).Length / 1048576.0:0} MiB in {clock.Elapsed.TotalSeconds:0} s");

var start = new ProcessStartInfo("dotnet", [app, "import", "wordpress", export])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    WorkingDirectory = folder,
};
start.Environment["Vestnik__DataPath"] = Path.Combine(folder, "data");
start.Environment["Vestnik__DemoContent"] = "false";
// A production start refuses to run without its public address; the import never builds a link with it.
start.Environment["Vestnik__PublicBaseUrl"] = "https://bench.example.ru";
clock.Restart();
using var import = Process.Start(start)!;
var output = new StringBuilder();
import.OutputDataReceived += (_, line) => { if (line.Data is not null) { lock (output) { output.AppendLine(line.Data); } } };
import.ErrorDataReceived += (_, line) => { if (line.Data is not null) { lock (output) { output.AppendLine(line.Data); } } };
import.BeginOutputReadLine();
import.BeginErrorReadLine();
var samples = new List<(double Seconds, long Bytes)>();
while (!import.WaitForExit(500))
{
    import.Refresh();
    if (!import.HasExited)
    {
        samples.Add((clock.Elapsed.TotalSeconds, import.WorkingSet64));
    }
}
var elapsed = clock.Elapsed.TotalSeconds;
var report = output.ToString();
Console.WriteLine(string.Join('\n', report.Split('\n').Select(l => l.Split('\r')[^1]).Where(l => l.StartsWith("Articles", StringComparison.Ordinal) || l.StartsWith("Comments", StringComparison.Ordinal) || l.StartsWith("Done", StringComparison.Ordinal) || l.StartsWith("Stopped", StringComparison.Ordinal))));
if (import.ExitCode != 0)
{
    Console.WriteLine(report);
}
Console.WriteLine($"Exit code {import.ExitCode}; {articles / elapsed:0} articles/s over {elapsed:0} s (start-up and migrations included)");
if (samples.Count > 0)
{
    Console.WriteLine($"Peak working set {samples.Max(s => s.Bytes) / 1048576.0:0} MiB");
    Console.WriteLine("Working set by tenth of the run (MiB): " + string.Join(", ",
        Enumerable.Range(1, 10).Select(t => samples[Math.Min(samples.Count - 1, samples.Count * t / 10)].Bytes / 1048576.0).Select(m => m.ToString("0", CultureInfo.InvariantCulture))));
}
Directory.Delete(folder, recursive: true);
return import.ExitCode;

static void Generate(string path, int count)
{
    const string wp = "http://wordpress.org/export/1.2/";
    var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
    using var xml = XmlWriter.Create(path, settings);
    xml.WriteStartDocument();
    xml.WriteStartElement("rss");
    xml.WriteAttributeString("version", "2.0");
    xml.WriteAttributeString("xmlns", "excerpt", null, "http://wordpress.org/export/1.2/excerpt/");
    xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
    xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
    xml.WriteAttributeString("xmlns", "wp", null, wp);
    xml.WriteStartElement("channel");
    xml.WriteElementString("title", "Архив для замера");
    xml.WriteElementString("wxr_version", wp, "1.2");
    xml.WriteElementString("base_blog_url", wp, "https://bench.example.ru");
    for (var a = 1; a <= 5; a++)
    {
        xml.WriteStartElement("author", wp);
        xml.WriteElementString("author_id", wp, a.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("author_login", wp, $"author{a}");
        xml.WriteElementString("author_email", wp, $"author{a}@bench.example.ru");
        xml.WriteElementString("author_display_name", wp, $"Автор Номер{a}");
        xml.WriteEndElement();
    }
    string[] words = ["правительство", "рубль", "нефть", "выборы", "город", "мост", "школа", "больница", "суд", "погода", "экономика", "завод", "порт", "театр", "музей"];
    var random = new Random(19);
    string Sentence() => string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + ".";
    for (var i = 1; i <= count; i++)
    {
        var date = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i * 47);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", $"Новость {i}: {words[i % words.Length]} и {words[(i / 7) % words.Length]}");
        xml.WriteElementString("link", $"https://bench.example.ru/{date:yyyy/MM/dd}/post-{i}/");
        xml.WriteElementString("creator", "http://purl.org/dc/elements/1.1/", $"author{1 + (i % 5)}");
        var body = new StringBuilder();
        for (var p = 0; p < 6; p++)
        {
            body.Append("<!-- wp:paragraph -->\n<p>").Append(Sentence()).Append(" <strong>").Append(Sentence()).Append("</strong> ").Append(Sentence()).Append("</p>\n<!-- /wp:paragraph -->\n\n");
        }
        body.Append("<!-- wp:heading -->\n<h2>").Append(Sentence()).Append("</h2>\n<!-- /wp:heading -->\n\n<!-- wp:list -->\n<ul><li>").Append(Sentence()).Append("</li><li>").Append(Sentence()).Append("</li></ul>\n<!-- /wp:list -->");
        xml.WriteStartElement("encoded", "http://purl.org/rss/1.0/modules/content/");
        xml.WriteCData(body.ToString());
        xml.WriteEndElement();
        xml.WriteElementString("encoded", "http://wordpress.org/export/1.2/excerpt/", Sentence());
        xml.WriteElementString("post_id", wp, i.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("post_date_gmt", wp, date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteElementString("post_modified_gmt", wp, date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteElementString("post_name", wp, $"post-{i}");
        xml.WriteElementString("status", wp, "publish");
        xml.WriteElementString("post_type", wp, "post");
        xml.WriteStartElement("category");
        xml.WriteAttributeString("domain", "category");
        xml.WriteAttributeString("nicename", $"rubric-{i % 10}");
        xml.WriteString($"Рубрика {i % 10}");
        xml.WriteEndElement();
        xml.WriteStartElement("category");
        xml.WriteAttributeString("domain", "post_tag");
        xml.WriteAttributeString("nicename", $"tema-{i % 50}");
        xml.WriteString($"Тема {i % 50}");
        xml.WriteEndElement();
        for (var c = 0; c < 3; c++)
        {
            var id = i * 10 + c;
            xml.WriteStartElement("comment", wp);
            xml.WriteElementString("comment_id", wp, id.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("comment_author", wp, $"Читатель {random.Next(1000)}");
            xml.WriteElementString("comment_date_gmt", wp, date.AddHours(c + 1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteElementString("comment_content", wp, Sentence());
            xml.WriteElementString("comment_approved", wp, c == 2 ? "0" : "1");
            xml.WriteElementString("comment_type", wp, "comment");
            xml.WriteElementString("comment_parent", wp, c == 1 ? (i * 10).ToString(CultureInfo.InvariantCulture) : "0");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
    xml.WriteEndElement();
    xml.WriteEndElement();
}
