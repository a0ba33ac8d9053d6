using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>
/// An uploaded image in the media library. Its files live under <c>{DataPath}/media/{Folder}</c>: the cleaned
/// original and, for each width in <see cref="Widths"/>, <c>{width}.webp</c> and <c>{width}.jpg</c>.
/// </summary>
public sealed class MediaAsset
{
    public int Id { get; private set; }
    public required string Folder { get; set; }
    public required string OriginalFileName { get; set; }
    public required string OriginalExtension { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>Generated widths, ascending, comma-separated ("480,960,1440").</summary>
    public required string Widths { get; set; }
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public string AltText { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";

    public IReadOnlyList<int> WidthList => ParseWidths(Widths);

    public static IReadOnlyList<int> ParseWidths(string widths) =>
        widths.Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public string Url(int width, string extension) => BodyImages.Url(Folder, width, extension);

    /// <summary>The largest JPEG: the fallback every browser can show, and the social card image.</summary>
    public string FallbackUrl => Url(WidthList[^1], "jpg");

    public int HeightAt(int width) => (int)Math.Round((double)Height * width / Width);

    public string Srcset(string extension) => string.Join(", ", WidthList.Select(w => $"{Url(w, extension)} {w}w"));
}

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.ToTable("MediaAssets");
        builder.Property(m => m.Folder).HasMaxLength(200);
        builder.HasIndex(m => m.Folder).IsUnique();
        builder.Property(m => m.OriginalFileName).HasMaxLength(260);
        builder.Property(m => m.OriginalExtension).HasMaxLength(8);
        builder.Property(m => m.Widths).HasMaxLength(100);
        builder.Property(m => m.Caption).HasMaxLength(1000);
        builder.Property(m => m.Credit).HasMaxLength(300);
        builder.Property(m => m.AltText).HasMaxLength(500);
        builder.Property(m => m.UploadedBy).HasMaxLength(256);
        builder.HasIndex(m => m.UploadedAt);
    }
}
