// Times the media pipeline (decode, orient, re-encode the original, three widths in WebP and JPEG) on synthetic
// photos of common sizes. Run: dotnet run -c Release --project bench/Newsroom
using System.Diagnostics;
using Microsoft.Extensions.Options;
using SkiaSharp;
using Vestnik.Features.Newsroom.Media;

var pipeline = new ImagePipeline(Options.Create(new MediaOptions()));
const int Runs = 7;
foreach (var (width, height) in new[] { (1600, 900), (4000, 3000) })
{
    var jpeg = Photo(width, height);
    pipeline.Process(jpeg);
    var times = new List<double>();
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        pipeline.Process(jpeg);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{width}x{height} JPEG ({jpeg.Length / 1024} KB): median {times[Runs / 2]:F0} ms, min {times[0]:F0} ms over {Runs} runs");
}

static byte[] Photo(int width, int height)
{
    using var bitmap = new SKBitmap(width, height);
    using (var canvas = new SKCanvas(bitmap))
    {
        // Noise-like gradients so the encoders work as hard as on a real photo.
        using var paint = new SKPaint
        {
            Shader = SKShader.CreatePerlinNoiseFractalNoise(0.01f, 0.01f, 4, 7),
        };
        canvas.DrawRect(0, 0, width, height, paint);
    }
    using var image = SKImage.FromBitmap(bitmap);
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
    return data.ToArray();
}
