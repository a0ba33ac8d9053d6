namespace Vestnik.Infrastructure.Operations;

/// <summary>The commands' one-line bar, redrawn in place: [#########...........]  45%  1234/2742 articles.</summary>
public sealed class ConsoleProgressBar(string unit) : IProgress<(int Done, int Total)>
{
    private const int Width = 40;

    public void Report((int Done, int Total) value)
    {
        var share = value.Total == 0 ? 1 : (double)value.Done / value.Total;
        var filled = (int)Math.Round(share * Width);
        Console.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0}  {value.Done}/{value.Total} {unit}");
    }
}
