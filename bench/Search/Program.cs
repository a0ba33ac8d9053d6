using Vestnik.Bench.Search;

// dotnet run -c Release --project bench/Search -- quality [corpus folder]
// dotnet run -c Release --project bench/Search -- quality-demo
// dotnet run -c Release --project bench/Search -- speed [article count]
var command = args.FirstOrDefault() ?? "quality";
switch (command)
{
    case "quality":
        QualityBenchmark.RunBbc(args.Length > 1 ? args[1] : Path.Combine(SharedData(), "corpus-en", "bbc"));
        break;
    case "quality-demo":
        QualityBenchmark.RunDemo();
        break;
    case "speed":
        SpeedBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    default:
        Console.Error.WriteLine("usage: quality [corpus folder] | quality-demo | speed [article count]");
        return 2;
}
return 0;

// shared/data in a folder above the build output (../shared/data beside the repository).
static string SharedData()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
        {
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
    }
    throw new DirectoryNotFoundException("../shared/data was not found next to the repository");
}
