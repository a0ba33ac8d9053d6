using System.Text;
using System.Text.Json;
using Vestnik.Features.Import.Ghost;

namespace Vestnik.UnitTests.Features.Import;

/// <summary>The streaming reader of Ghost exports: the rows of the tables asked for, whatever their order and size.</summary>
public sealed class GhostExportReaderTests
{
    private static List<GhostRow> Read(string json, params string[] tables) =>
        [.. GhostExportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), tables.Contains)];

    private const string Export = """
        {"db":[{"meta":{"exported_on":1764000000000,"version":"6.65.0"},
          "data":{"posts_tags":[{"post_id":"p1","tag_id":"t1","sort_order":0}],
                  "posts":[{"id":"p1","title":"Первая","nested":{"data":{"posts":[{"id":"not a row"}]}}},{"id":"p2","title":"Вторая"}],
                  "tags":[{"id":"t1","name":"Город"}],
                  "settings":[]}}]}
        """;

    [Fact]
    public void Rows_ShouldComeFromTheTablesAskedFor_InFileOrder()
    {
        var rows = Read(Export, GhostExportReader.Meta, "posts", "tags");

        Assert.Equal(["meta", "posts", "posts", "tags"], rows.Select(r => r.Table));
        Assert.Equal("6.65.0", rows[0].Value.GetProperty("version").GetString());
        Assert.Equal(["p1", "p2"], rows.Where(r => r.Table == "posts").Select(r => r.Value.GetProperty("id").GetString()));
        Assert.Equal("Город", rows[3].Value.GetProperty("name").GetString());
    }

    [Fact]
    public void AnExportWithoutTheDbWrapper_AndWithTrailingSpace_ShouldReadAlike()
    {
        var rows = Read("""{"meta":{"version":"5.130.6"},"data":{"users":[{"id":"u1"}]}}""" + "\n\r\n  ", GhostExportReader.Meta, "users");

        Assert.Equal(["meta", "users"], rows.Select(r => r.Table));
    }

    [Fact]
    public void RowsLargerThanTheWindow_ShouldBeReadWhole()
    {
        var body = new string('ж', 300_000);
        var json = """{"db":[{"meta":{"version":"6.1.0"},"data":{"posts":[{"id":"a","html":"BODY"},{"id":"b","html":"x"}]}}]}""".Replace("BODY", body, StringComparison.Ordinal);

        var rows = Read(json, "posts");

        Assert.Equal(body, rows[0].Value.GetProperty("html").GetString());
        Assert.Equal("b", rows[1].Value.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"db":[{"meta":{"version":"6.1.0"},"data":{"posts":[{"id":"a"},{"id":"b","ti""")]
    [InlineData("""{"db":[{"meta":{"version":"6.1.0"},"data":{"posts":[{"id":"a"}]""")]
    [InlineData("not json at all")]
    [InlineData("")]
    public void BrokenFiles_ShouldFailAsJson(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json, "posts"));
    }

    [Fact]
    public void ATruncatedFile_ShouldStillGiveTheRowsBeforeTheBreak()
    {
        var rows = new List<string>();
        var json = """{"db":[{"meta":{"version":"6.1.0"},"data":{"posts":[{"id":"a"},{"id":"b"},{"id":"c","ti""";

        Assert.ThrowsAny<JsonException>(() =>
        {
            foreach (var row in GhostExportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), t => t == "posts"))
            {
                rows.Add(row.Value.GetProperty("id").GetString()!);
            }
        });
        Assert.Equal(["a", "b"], rows);
    }
}
