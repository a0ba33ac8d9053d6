namespace Vestnik.Infrastructure.Operations;

/// <summary>The commands' one-line bar, redrawn in place: [#########...........]  45%  1234/2742 articles.</summary>
public sealed class ConsoleProgressBar(string unit) : IProgress<(int Done, int Total)>
{
    private const int Width = 40;

    public void Report((int Done, int Total) value) =>
        Draw(value.Total == 0 ? 1 : (double)value.Done / value.Total, $"{value.Done}/{value.Total} {unit}");

    /// <summary>The bar at a share of the work, with what is done after it and, for work in steps, the step before it.</summary>
    public static void Draw(double share, string done, string step = "")
    {
        var filled = (int)Math.Round(share * Width);
        Console.Write($"\r{step}[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0}  {done}");
    }
}
